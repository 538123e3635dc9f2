"""Prints the 128-bit table in Sources/MLETutor/Data/PowersOfTen.swift: for q = -64...64 the
mantissa of 10^q normalised to [2^127, 2^128) and rounded down, as (high, low) 64-bit words.
Run: python3 Tests/References/powers_of_ten.py"""
for q in range(-64, 65):
    if q >= 0:
        v = 10 ** q
        bits = v.bit_length()
        v = v << (128 - bits) if bits <= 128 else v >> (bits - 128)
    else:
        d = 10 ** (-q)
        v = (1 << (d.bit_length() + 127)) // d
    assert v.bit_length() == 128
    print("        (0x%016X, 0x%016X), // 1e%d" % (v >> 64, v & ((1 << 64) - 1), q))
