#pragma once

#include <QString>

// Reads a password from the terminal without echoing it; from stdin as it is when that is not a
// terminal (a script piping it in).
namespace PasswordPrompt {
QString ask(const QString& prompt);
}
