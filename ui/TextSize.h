#pragma once

#include <QString>
#include <QStringList>

// The size of the text in the whole window (issue 18): older staff read it all day, and at
// 1920×1080 the system's 9 pt is small. On top of the system's own scaling (which Qt follows),
// the user picks 标准, 较大 or 特大; it applies at once and is remembered per user (QSettings).
namespace TextSize {
enum Level
{
    Standard = 0,
    Larger = 1,
    Largest = 2,
};
QStringList labels(); // translated, in the order of Level
Level saved();
void save(Level level);
// Sets the application font to the system's (as it was at the first call) scaled for `level`.
void apply(Level level);
} // namespace TextSize
