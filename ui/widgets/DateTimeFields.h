#pragma once

#include <QDateEdit>
#include <QDateTimeEdit>

// Date and date-time fields that Tab leaves (issue 18): Qt's own move from section to section on
// Tab, so the visit form's 服务时间 swallowed five Tabs and typed text landed in the wrong fields.
// Here Tab and Shift+Tab go to the next and previous widget; ←/→ (or a click) choose the part of
// the date, ↑/↓ or the digits change it, as before.
class DateTimeField : public QDateTimeEdit
{
public:
    using QDateTimeEdit::QDateTimeEdit;

protected:
    bool focusNextPrevChild(bool next) override { return QAbstractSpinBox::focusNextPrevChild(next); }
};

class DateField : public QDateEdit
{
public:
    using QDateEdit::QDateEdit;

protected:
    bool focusNextPrevChild(bool next) override { return QAbstractSpinBox::focusNextPrevChild(next); }
};
