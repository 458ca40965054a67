#include "widgets/CatalogPicker.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace {
constexpr int kCodeRole = Qt::UserRole + 1;
constexpr int kSearchRole = Qt::UserRole + 2;
} // namespace

CatalogPicker::CatalogPicker(const Catalog& catalog, QWidget* parent)
    : QWidget(parent)
    , m_filter(new QLineEdit(this))
    , m_tree(new QTreeView(this))
    , m_model(new QStandardItemModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    m_filter->setPlaceholderText(tr("Type to filter: clause number, words such as 计量 or 电梯"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setObjectName(QStringLiteral("catalogFilter"));
    m_tree->setObjectName(QStringLiteral("catalogTree"));

    for (const CatalogCategory& cat : catalog.categories()) {
        auto* parentItem = new QStandardItem(QStringLiteral("%1 %2").arg(cat.code, cat.displayName()));
        parentItem->setSelectable(false);
        parentItem->setEditable(false);
        parentItem->setData(QStringLiteral("%1 %2 %3").arg(cat.code, cat.nameZh, cat.nameEn), kSearchRole);
        for (const CatalogItem& item : cat.items) {
            auto* child = new QStandardItem(QStringLiteral("%1 %2").arg(item.code, item.displayName()));
            child->setEditable(false);
            child->setData(item.code, kCodeRole);
            child->setToolTip(item.textZh);
            child->setData(
                QStringList { item.code, item.nameZh, item.nameEn, item.textZh, cat.nameZh, item.keywordsZh.join(u' ') }
                    .join(u' '),
                kSearchRole);
            parentItem->appendRow(child);
        }
        m_model->appendRow(parentItem);
    }
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(kSearchRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setRecursiveFilteringEnabled(true);
    m_tree->setModel(m_proxy);
    m_tree->setHeaderHidden(true);
    m_tree->setUniformRowHeights(true);
    m_tree->expandAll();
    m_tree->setMinimumHeight(160);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_filter);
    layout->addWidget(m_tree);
    setFocusProxy(m_filter);
    m_filter->installEventFilter(this);

    connect(m_filter, &QLineEdit::textChanged, this, &CatalogPicker::applyFilter);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, [this]() {
        emit itemChanged(selectedItem());
    });
}

void CatalogPicker::applyFilter(const QString& text)
{
    m_proxy->setFilterFixedString(text.trimmed());
    m_tree->expandAll();
    // With one item left, pick it, so typing "5.2.2" or a rare word is enough.
    QList<QModelIndex> leaves;
    for (int r = 0; r < m_proxy->rowCount(); ++r) {
        const QModelIndex cat = m_proxy->index(r, 0);
        for (int i = 0; i < m_proxy->rowCount(cat); ++i)
            leaves << m_proxy->index(i, 0, cat);
    }
    if (leaves.size() == 1)
        m_tree->setCurrentIndex(leaves.first());
}

bool CatalogPicker::eventFilter(QObject* watched, QEvent* event)
{
    // Up and Down in the filter move through the items, so the keyboard never has to leave it.
    if (watched == m_filter && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Down || key == Qt::Key_Up) {
            const bool down = key == Qt::Key_Down;
            const QModelIndex current = m_tree->currentIndex();
            QModelIndex next = current.isValid() ? (down ? m_tree->indexBelow(current) : m_tree->indexAbove(current))
                                                 : m_proxy->index(0, 0);
            while (next.isValid() && !next.data(kCodeRole).isValid()) // skip category rows
                next = down ? m_tree->indexBelow(next) : m_tree->indexAbove(next);
            if (next.isValid())
                m_tree->setCurrentIndex(next);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

QString CatalogPicker::selectedItem() const
{
    return m_tree->currentIndex().data(kCodeRole).toString();
}

bool CatalogPicker::select(const QString& itemCode)
{
    m_filter->clear();
    for (int r = 0; r < m_proxy->rowCount(); ++r) {
        const QModelIndex cat = m_proxy->index(r, 0);
        for (int i = 0; i < m_proxy->rowCount(cat); ++i) {
            const QModelIndex item = m_proxy->index(i, 0, cat);
            if (item.data(kCodeRole).toString() == itemCode) {
                m_tree->setCurrentIndex(item);
                m_tree->scrollTo(item);
                return true;
            }
        }
    }
    return false;
}

void CatalogPicker::clear()
{
    m_filter->clear();
    m_tree->setCurrentIndex({});
    m_tree->clearSelection();
    m_tree->scrollToTop();
}
