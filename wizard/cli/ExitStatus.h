#pragma once
// Exit status of the command line (docs/cli.md).
namespace cc {
enum ExitStatus { ExitSuccess = 0, ExitFailed = 1, ExitBadInput = 2, ExitEnvironment = 3 };
}
