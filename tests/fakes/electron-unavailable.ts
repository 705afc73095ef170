// Unit tests that need Electron mock it with vi.mock('electron'); reaching this
// module means a test imported Electron by accident.
throw new Error('electron is not available in unit tests: mock it with vi.mock("electron", ...)');
