#pragma once

#include <QComboBox>

// Fills a combo box from a KeyedEnum table (domain/KeyedEnum.h): the translated label shown, the
// stored key as the item's data, in the table's order.
template<typename Table>
void fillKeyedComboBox(QComboBox* box, const Table& table)
{
    for (const auto& value : table.all())
        box->addItem(table.label(value).local, table.key(value));
}
