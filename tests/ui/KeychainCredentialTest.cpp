// The station credential: in the desktop's keychain where there is one, else owner-only beside the
// database (headless machines and CI have no keychain, so the fallback is what runs there).
#include "KeychainCredential.h"

#include "support/QtCatch.h"
#include "sync/CredentialFile.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>

TEST_CASE("the credential is kept in the keychain, or owner-only beside the database", "[sync][credential]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("station.db"));
    KeychainCredential credential(db);
    QSignalSpy saved(&credential, &KeychainCredential::saved);
    credential.save(QStringLiteral("secret-token-1"));
    REQUIRE(saved.wait(30000));
    CHECK(saved.first().at(0).toBool()); // stored somewhere
    const bool inKeychain = saved.first().at(1).toBool();
    QFile file(CredentialFile::pathFor(db));
    if (inKeychain) {
        CHECK_FALSE(file.exists()); // one place only
    } else {
        REQUIRE(file.exists());
        CHECK(file.permissions()
            == (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser));
    }
    QSignalSpy loaded(&credential, &KeychainCredential::loaded);
    credential.load();
    REQUIRE(loaded.wait(30000));
    CHECK(loaded.first().at(0).toString() == QStringLiteral("secret-token-1"));
}

TEST_CASE("a credential given to the command line first is found by the desktop program", "[sync][credential]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("other.db"));
    REQUIRE(CredentialFile::save(db, QStringLiteral("from-the-cli")).ok());
    KeychainCredential credential(db);
    QSignalSpy loaded(&credential, &KeychainCredential::loaded);
    credential.load();
    REQUIRE(loaded.wait(30000));
    CHECK(loaded.first().at(0).toString() == QStringLiteral("from-the-cli"));
}
