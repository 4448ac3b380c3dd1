using SESLIP.Newsletter.Tests.Infrastructure;

// Each test's server log is kept in memory and shown only when the test fails.
[assembly: TestFramework(ServerLogTestFramework.TypeName, ServerLogTestFramework.AssemblyName)]
