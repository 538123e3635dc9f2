print("core benchmarks: none yet")
