// Catch2 main for the core tests: a QCoreApplication (the SQL driver and translations want one).
#define CATCH_CONFIG_RUNNER
#include "common/BrokenPipes.h"

#include <QCoreApplication>
#include <catch2/catch.hpp>

int main(int argc, char* argv[])
{
    BrokenPipes::ignore();
    QCoreApplication app(argc, argv);
    return Catch::Session().run(argc, argv);
}
