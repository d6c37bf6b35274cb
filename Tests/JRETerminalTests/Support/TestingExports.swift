/// The test doubles (``MemoryBackend``, ``ManualTime``, ``TmuxSession``) for every file of this suite.
@_exported import JRETerminalTesting
