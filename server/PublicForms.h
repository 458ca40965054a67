#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <chrono>
#include <deque>
#include <mutex>
#include <string>

// What the public forms need against forgery and guessing (issue 23).
//
// FormTokens: a form carries a hidden field that only this platform can make: the HMAC, under a
// key kept in the platform's store, of a random nonce that also goes into a cookie (HttpOnly,
// SameSite=Strict, Secure). A post is taken only when the cookie and the field came and agree, so
// a page elsewhere cannot post on a visitor's behalf, and a restart or another server process
// behind the same proxy takes the same tokens.
class FormTokens
{
public:
    explicit FormTokens(QByteArray key);
    struct Issued
    {
        std::string setCookie; // the Set-Cookie header's value
        QString field; // the hidden field's value
    };
    Issued issue() const;
    bool accepts(const std::string& cookieHeader, const QString& field) const;
    static constexpr const char* kFieldName = "csrf";

private:
    QString fieldFor(const QByteArray& nonce) const;
    QByteArray m_key;
};

// Attempts per key (an address, a phone number, a request number) in a sliding window: no more
// than `max` in any `window`. Memory stays bounded: keys whose attempts are all past the window go.
class AttemptLimiter
{
public:
    AttemptLimiter(int max, std::chrono::seconds window);
    bool allowed(const QString& key); // fewer than max attempts in the window
    void record(const QString& key);

private:
    using Clock = std::chrono::steady_clock;
    void prune(Clock::time_point now);
    std::mutex m_mutex;
    int m_max;
    std::chrono::seconds m_window;
    QHash<QString, std::deque<Clock::time_point>> m_attempts;
};

// The fields of an application/x-www-form-urlencoded body (the last of a repeated name).
QHash<QString, QString> formFields(const std::string& body);
