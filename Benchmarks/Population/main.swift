print("population benchmarks: not yet")
