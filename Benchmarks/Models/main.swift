print("model benchmarks: not written yet")
