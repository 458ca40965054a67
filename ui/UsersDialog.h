#pragma once

#include "common/Result.h"

#include <QDialog>
#include <functional>

class AppContext;
class Database;
class QLabel;
class QTableView;
class UserListModel;
struct UserAccount;

// Station accounts for administrators (issue 6): add, set a password, change the role,
// deactivate or activate, unlock. Every change goes through core (UserAccounts), which checks the
// role again and audits it.
class UsersDialog : public QDialog
{
    Q_OBJECT

public:
    explicit UsersDialog(AppContext& ctx, QWidget* parent = nullptr);
    UserListModel* model() const { return m_model; }

private:
    void reload();
    void addUser();
    const UserAccount* selected() const;
    void run(std::function<Status(Database&)> job);

    AppContext& m_ctx;
    UserListModel* m_model;
    QTableView* m_view;
    QLabel* m_status;
};
