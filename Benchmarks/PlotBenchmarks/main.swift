print("plot benchmarks: none yet")
