#include "UsersDialog.h"

#include "AppContext.h"
#include "ScreenFit.h"
#include "models/UserListModel.h"
#include "security/UserAccounts.h"
#include "storage/DatabaseWorker.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace {
QComboBox* roleBox(QWidget* parent, Role current)
{
    auto* box = new QComboBox(parent);
    for (Role r : Roles::all())
        box->addItem(Roles::label(r).local, int(r));
    box->setCurrentIndex(box->findData(int(current)));
    return box;
}
} // namespace

UsersDialog::UsersDialog(AppContext& ctx, QWidget* parent)
    : QDialog(parent)
    , m_ctx(ctx)
    , m_model(new UserListModel(this))
    , m_view(new QTableView(this))
    , m_status(new QLabel(this))
{
    setWindowTitle(tr("User accounts"));
    setObjectName(QStringLiteral("usersDialog"));
    m_status->setObjectName(QStringLiteral("usersStatus"));
    m_status->setWordWrap(true);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* add = buttons->addButton(tr("Add…"), QDialogButtonBox::ActionRole);
    auto* password = buttons->addButton(tr("Set password…"), QDialogButtonBox::ActionRole);
    auto* role = buttons->addButton(tr("Change role…"), QDialogButtonBox::ActionRole);
    auto* active = buttons->addButton(tr("Deactivate / activate"), QDialogButtonBox::ActionRole);
    auto* unlock = buttons->addButton(tr("Unlock"), QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(add, &QPushButton::clicked, this, &UsersDialog::addUser);
    connect(password, &QPushButton::clicked, this, [this]() {
        const UserAccount* u = selected();
        if (!u)
            return;
        bool ok = false;
        const QString pw = QInputDialog::getText(this,
            tr("Set password"),
            tr("New password for %1 (at least 8 characters of three kinds):").arg(u->login),
            QLineEdit::Password,
            {},
            &ok);
        if (!ok)
            return;
        const QString login = u->login;
        const Actor actor = m_ctx.actor();
        run([login, pw, actor](Database& db) { return UserAccounts(db).setPassword(login, pw, actor); });
    });
    connect(role, &QPushButton::clicked, this, [this]() {
        const UserAccount* u = selected();
        if (!u)
            return;
        QStringList labels;
        for (Role r : Roles::all())
            labels << Roles::label(r).local;
        bool ok = false;
        const QString chosen = QInputDialog::getItem(this,
            tr("Change role"),
            tr("Role of %1:").arg(u->login),
            labels,
            int(Roles::all().indexOf(u->role)),
            false,
            &ok);
        if (!ok)
            return;
        const Role r = Roles::all().at(labels.indexOf(chosen));
        const QString login = u->login;
        const Actor actor = m_ctx.actor();
        run([login, r, actor](Database& db) { return UserAccounts(db).setRole(login, r, actor); });
    });
    connect(active, &QPushButton::clicked, this, [this]() {
        const UserAccount* u = selected();
        if (!u)
            return;
        const QString login = u->login;
        const bool activate = !u->active;
        const Actor actor = m_ctx.actor();
        run([login, activate, actor](Database& db) { return UserAccounts(db).setActive(login, activate, actor); });
    });
    connect(unlock, &QPushButton::clicked, this, [this]() {
        const UserAccount* u = selected();
        if (!u)
            return;
        const QString login = u->login;
        const Actor actor = m_ctx.actor();
        run([login, actor](Database& db) { return UserAccounts(db).unlock(login, actor); });
    });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    ScreenFit::resize(this, { 820, 420 });
    reload();
}

const UserAccount* UsersDialog::selected() const
{
    const UserAccount* u = m_model->userAt(m_view->currentIndex().row());
    if (!u)
        m_status->setText(tr("Choose an account in the list first."));
    return u;
}

void UsersDialog::reload()
{
    const Actor actor = m_ctx.actor();
    m_ctx.writer()->post<Result<QList<UserAccount>>>(
        this,
        [actor](Database& db) { return UserAccounts(db).list(actor); },
        [this](Result<QList<UserAccount>> users) {
            if (!users) {
                m_status->setText(users.error().message.local);
                return;
            }
            m_model->setUsers(users.value());
        });
}

void UsersDialog::run(std::function<Status(Database&)> job)
{
    m_ctx.writer()->post<Status>(this, std::move(job), [this](Status s) {
        m_status->setText(s ? tr("Saved.") : s.error().message.local);
        reload();
    });
}

void UsersDialog::addUser()
{
    QDialog form(this);
    form.setWindowTitle(tr("Add a user"));
    auto* login = new QLineEdit(&form);
    auto* name = new QLineEdit(&form);
    auto* role = roleBox(&form, Role::Clerk);
    auto* password = new QLineEdit(&form);
    password->setEchoMode(QLineEdit::Password);
    password->setPlaceholderText(tr("at least 8 characters, three kinds of a, A, 1, -"));
    auto* layout = new QFormLayout(&form);
    layout->addRow(tr("Login name"), login);
    layout->addRow(tr("Full name"), name);
    layout->addRow(tr("Role"), role);
    layout->addRow(tr("First password"), password);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &form);
    layout->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &form, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &form, &QDialog::reject);
    if (form.exec() != QDialog::Accepted)
        return;
    const NewUser input { login->text(), name->text(), Role(role->currentData().toInt()), password->text() };
    const Actor actor = m_ctx.actor();
    run([input, actor](Database& db) {
        auto added = UserAccounts(db).add(input, actor);
        return added ? success() : Status(added.error());
    });
}
