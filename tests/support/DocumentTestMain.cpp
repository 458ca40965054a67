// Catch2 main for document tests: laying out text needs fonts, which need a QGuiApplication (on the
// offscreen platform).
#define CATCH_CONFIG_RUNNER
#include "common/BrokenPipes.h"

#include <QGuiApplication>
#include <catch2/catch.hpp>

int main(int argc, char* argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    BrokenPipes::ignore();
    QGuiApplication app(argc, argv);
    return Catch::Session().run(argc, argv);
}
