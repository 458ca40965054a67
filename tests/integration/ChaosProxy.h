#pragma once

#include <QThread>
#include <atomic>
#include <mutex>
#include <random>

// A TCP relay on 127.0.0.1 in front of the server (TLS passes through) for the randomised
// convergence test: each connection is cut, with probability `cutChance`, after a random number of
// bytes in either direction (a request half sent, an answer half received, or the handshake); while
// partitioned, every connection is refused at once and those open are cut. Seeded, so a failing
// run can be replayed.
class ChaosProxy : public QThread
{
public:
    ChaosProxy(quint16 upstreamPort, quint32 seed, double cutChance);
    ~ChaosProxy() override;

    quint16 port() const { return m_port.load(); }
    void setPartitioned(bool partitioned) { m_partitioned = partitioned; }
    bool partitioned() const { return m_partitioned.load(); }
    // Calm: nothing is cut any more (the network healed).
    void setCalm(bool calm) { m_calm = calm; }
    int cuts() const { return m_cuts.load(); }

protected:
    void run() override;

private:
    // Bytes a new connection may carry before it is cut; -1: never cut.
    qint64 nextBudget();

    quint16 m_upstream;
    double m_cutChance;
    std::mutex m_rngLock;
    std::mt19937 m_rng;
    std::atomic<quint16> m_port { 0 };
    std::atomic<bool> m_partitioned { false };
    std::atomic<bool> m_calm { false };
    std::atomic<int> m_cuts { 0 };
};
