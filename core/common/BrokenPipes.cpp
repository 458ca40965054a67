#include "common/BrokenPipes.h"

#include <csignal>

void BrokenPipes::ignore()
{
#ifdef SIGPIPE
    std::signal(SIGPIPE, SIG_IGN);
#endif
}
