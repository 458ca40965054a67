// Catch2 main for widget tests: a QApplication on the offscreen platform, in Chinese as the users see it.
#define CATCH_CONFIG_RUNNER
#include "common/BrokenPipes.h"
#include "common/Language.h"

#include <QApplication>
#include <catch2/catch.hpp>

int main(int argc, char* argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    BrokenPipes::ignore();
    QApplication app(argc, argv);
    Language::install(Language::defaultCode());
    return Catch::Session().run(argc, argv);
}
