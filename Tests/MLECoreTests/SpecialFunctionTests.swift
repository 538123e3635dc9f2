import MLECore
import Testing

/// Digamma and trigamma against mpmath at 50 digits (Tests/References/special_functions.py prints
/// these rows: x is the exact double written, the values are rounded to 17 digits).
/// Tolerance: relative error ≤ 1e-14, including the two doubles either side of ψ's root.
struct SpecialFunctionTests {
    static let table: [(x: Double, digamma: Double, trigamma: Double)] = [
        (1e-08, -1.0000000057721565e+8, 1.0000000000000001e+16),
        (1e-06, -1.00000057721402e+6, 1.000000000001645e+12),
        (0.0001, -1.0000577051183514e+4, 1.0000000164469368e+8),
        (0.01, -1.0056088545786867e+2, 1.0001621213528313e+4),
        (0.1, -1.0423754940411076e+1, 1.0143329915079275e+2),
        (0.25, -4.2274535333762654, 1.7197329154507111e+1),
        (0.5, -1.9635100260214235, 4.9348022005446793),
        (0.9, -7.5492694994705135e-1, 1.9225399594772034),
        (0.96, -6.4500835032000433e-1, 1.7465728958131565),
        (1.0, -5.7721566490153286e-1, 1.6449340668482264),
        (1.2, -2.8903989659218835e-1, 1.2673772054237792),
        (1.4, -6.1384544585116237e-2, 1.0253565905295975),
        (1.45, -1.1316422586445888e-2, 9.7807878859426652e-1),
        (1.46, -1.5805619870834521e-3, 9.6911962150988789e-1),
        (1.4616, -3.110625123034165e-5, 9.6770071146508355e-1),
        (1.4616321449683622, -9.2412655217294275e-17, 9.6767224544762125e-1),
        (1.4616321449683625, 1.2245374622004069e-16, 9.6767224544762106e-1),
        (1.462, 3.5590320380104276e-4, 9.6734660503440772e-1),
        (1.47, 8.0664890113648684e-3, 9.603162090511507e-1),
        (1.5, 3.6489973978576521e-2, 9.3480220054467931e-1),
        (1.9, 3.5618416116405966e-1, 6.8797205824263566e-1),
        (1.97, 4.0325220881377129e-1, 6.5728381344426745e-1),
        (2.0, 4.2278433509846714e-1, 6.4493406684822644e-1),
        (2.5, 7.0315664064524319e-1, 4.9035775610023486e-1),
        (3.0, 9.2278433509846714e-1, 3.9493406684822644e-1),
        (4.7, 1.4374238096317817, 2.3699183867807337e-1),
        (7.5, 1.9467574842460868, 1.426158966967038e-1),
        (9.99, 2.2507003728312011, 1.0527695014824178e-1),
        (10.0, 2.2517525890667211, 1.0516633568168575e-1),
        (10.01, 2.2528037003181357, 1.0505595320551509e-1),
        (15.0, 2.6743466616607937, 6.8938227847683806e-2),
        (30.0, 3.3844381326855249, 3.3895060357739944e-2),
        (79.3, 4.3669197068880029, 1.2690185029566286e-2),
        (80.0, 4.3757636140439837, 1.2578450510661942e-2),
        (100.0, 4.6001618527380874, 1.0050166663333571e-2),
        (1000.0, 6.9072551956488121, 1.0005001666666333e-3),
        (10000.0, 9.2102903711428494, 1.0000500016666667e-4),
        (12345.678, 9.4210208207417609, 8.1003287231112069e-5),
        (100000.0, 1.1512920464961895e+1, 1.0000050000166667e-5),
        (1000000.0, 1.3815510057964191e+1, 1.0000005000001667e-6),
    ]

    /// log x − ψ(x), same script, same precision.
    static let logMinusDigammaTable: [(x: Double, value: Double)] = [
        (0.001, 9.9366781665282814e+2),
        (0.3, 2.2985514178741971),
        (1.0, 5.7721566490153286e-1),
        (5.0, 1.033202440022999e-1),
        (9.5, 5.3553922203545617e-2),
        (10.0, 5.0832503927324576e-2),
        (80.0, 6.2630206298979477e-3),
        (10000.0, 5.00008333333325e-5),
        (100000000.0, 5.0000000083333333e-9),
    ]

    static func relativeError(_ computed: Double, _ exact: Double) -> Double {
        abs(computed - exact) / abs(exact)
    }

    @Test(arguments: table.map(\.x))
    func digammaMatchesMpmath(x: Double) throws {
        let row = try #require(Self.table.first { $0.x == x })
        #expect(Self.relativeError(digamma(x), row.digamma) <= 1e-14, "ψ(\(x)) = \(digamma(x)), want \(row.digamma)")
    }

    @Test(arguments: table.map(\.x))
    func trigammaMatchesMpmath(x: Double) throws {
        let row = try #require(Self.table.first { $0.x == x })
        #expect(
            Self.relativeError(trigamma(x), row.trigamma) <= 1e-14, "ψ′(\(x)) = \(trigamma(x)), want \(row.trigamma)")
    }

    @Test(arguments: logMinusDigammaTable.map(\.x))
    func logMinusDigammaMatchesMpmath(x: Double) throws {
        let row = try #require(Self.logMinusDigammaTable.first { $0.x == x })
        #expect(
            Self.relativeError(logMinusDigamma(x), row.value) <= 1e-14,
            "log x − ψ(x) at \(x) = \(logMinusDigamma(x)), want \(row.value)")
    }

    /// The recurrence ψ(x + 1) = ψ(x) + 1/x holds across every range switch (0.96, 1.96, 10).
    @Test(arguments: [0.3, 0.9615, 0.97, 1.2, 1.9616, 2.3, 8.9, 9.0001, 9.5, 10.5, 40])
    func digammaRecurrence(x: Double) {
        let lhs = digamma(x + 1)
        let rhs = digamma(x) + 1 / x
        #expect(abs(lhs - rhs) <= 4e-15 * max(abs(lhs), 1))
    }

    /// Random points on a log scale from 1e-8 to 1e6: trigamma is the derivative of digamma
    /// (central difference, tolerance 1e-6 relative) and both are monotone.
    @Test func trigammaIsDigammaSlope() {
        var generator = SeededGenerator(seed: 2024)
        for _ in 0..<200 {
            let x = Double.pow(10, -8 + 14 * StandardDraws.openUnit(using: &generator))
            let h = x * 1e-5
            let slope = (digamma(x + h) - digamma(x - h)) / (2 * h)
            #expect(abs(slope - trigamma(x)) <= 1e-6 * trigamma(x), "x = \(x)")
            #expect(digamma(x + h) > digamma(x - h))
            #expect(trigamma(x + h) < trigamma(x - h))
        }
    }
}
