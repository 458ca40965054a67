#pragma once

#include <QAbstractItemModel>
#include <QAbstractItemModelTester>
#include <QObject>
#include <QSet>
#include <QString>

// Every item model of ours that a widget test brings up (CaseListModel, ClientListModel,
// AgencyListModel, AgencyCandidateModel, AuditLogModel, UserListModel, AttentionModel and each
// ListTableModel of the after-service page) runs under QAbstractItemModelTester in fatal mode for
// the whole test: while rows are loaded, counted, filtered and removed, any broken promise of the
// model (rows removed that were not there, data for a row that is not, a reset half done) stops
// the test binary at once. The window's models are found as they are created, dialogs' included.
class ModelTesters : public QObject
{
public:
    ModelTesters(); // watches the whole application from now on
    ~ModelTesters() override;

    // Puts this model under a tester (once; later calls do nothing). Qt's own models are left alone.
    static void attach(QAbstractItemModel* model);
    // The kinds of model tested so far in this test binary (by class name).
    static QSet<QString> testedKinds();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
};
