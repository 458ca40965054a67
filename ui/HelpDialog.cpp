#include "HelpDialog.h"

#include "ScreenFit.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QListWidget>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>
#include <algorithm>

namespace {
QKeySequence ctrl(Qt::Key key)
{
    return QKeySequence(Qt::CTRL | key);
}
} // namespace

QString HelpDialog::Key::shown() const
{
    return written.isEmpty() ? keys.toString(QKeySequence::PortableText) : written;
}

QList<HelpDialog::Topic> HelpDialog::topics()
{
    QList<Topic> all;
    all << Topic { tr("Register (Ctrl+1)"),
        tr("Registers what a client asks, at the window, on the phone or from the website. Find the client in the "
           "archive, or add a new one; pick the service item; write the request. Then answer it at once and close "
           "the case, or register it for follow-up (a notice, a handoff or an instruction comes later). The case "
           "number is shown and the form is ready for the next applicant. A form with problems shows all of them "
           "at once, each under its field. While you type the request, the knowledge base's entries that match it "
           "appear beside it; a client's open case on the same item, or a very similar request of the last 30 days, "
           "is pointed out under the answer (registering is still possible)."),
        {
            { QKeySequence::Find,
                {},
                tr("To the client search: two characters of the name or the start of the "
                   "unified social credit code") },
            { {}, tr("↓"), tr("From the client search into the clients found; Enter takes the one chosen") },
            { {}, tr("Enter in the client search"), tr("Takes the first client found") },
            { QKeySequence(Qt::ALT | Qt::Key_N), {}, tr("New client: one who is not in the archive yet") },
            { {},
                tr("↑ ↓ in the service item"),
                tr("Type a clause number such as 5.2.2 or a word such as 电梯, then ↑ ↓ through the items found") },
            { QKeySequence(Qt::ALT | Qt::Key_K),
                {},
                tr("Takes the answer of the knowledge entry chosen beside the request (the best match first) into "
                   "the answer, to edit; the case records the entry") },
            { ctrl(Qt::Key_Enter), {}, tr("Answer and close: the answer given on the spot closes the case") },
            { ctrl(Qt::Key_S), {}, tr("Register for follow-up") },
            { ctrl(Qt::Key_P), {}, tr("Prints the acceptance receipt of the request just registered for follow-up") },
        },
        tr("Answer at once: 7.2.2. Register, classify and follow up: 7.2.3. The service items: clause 5 (5.1 to "
           "5.12). The channels: 6 and 7.1.2.") };
    all << Topic { tr("Cases (Ctrl+2)"),
        tr("Every case, newest first. Search by the case number or its end as clerks read it out (1125-0011, "
           "0011), the client, the credit code or one or two characters of the request, and narrow the list by "
           "status, category, channel, deadline or the day received. Below the list are the chosen case's details "
           "and timeline; above them, what can be done with it now: a button the case's state does not allow stays in "
           "its place, greyed out. The Due column shows handoff deadlines, overdue in "
           "red, due within two working "
           "days in amber."),
        {
            { QKeySequence::Find, {}, tr("To the search, its text selected") },
            { {}, tr("↓"), tr("From the search into the cases found; ↑ ↓ move through them") },
            { {},
                tr("Enter on a case"),
                tr("To the first thing the case allows; Tab to the next one, Space presses it") },
            { ctrl(Qt::Key_G), {}, tr("One-time notice: everything the applicant still has to bring, printed") },
            { ctrl(Qt::Key_J), {}, tr("Hand off to a service agency or expert team, with a deadline") },
            { ctrl(Qt::Key_B), {}, tr("Close with an answer") },
        },
        tr("One-time notice, and asking for an instruction: 7.2.3. Handoff: 7.2.4; its progress and follow-up "
           "records: 7.3.1 to 7.3.3. Escalation to the city platform: 4.3. Close with an answer: 7.2.2. On-site "
           "visit: 7.3.3 and 7.3.4. Feedback to the client: 7.4.1. Return visit: 7.4.2.") };
    all << Topic { tr("Clients (Ctrl+3)"),
        tr("The client archive: every enterprise or person who has asked, with the credit code and the contact, "
           "and below the chosen client, its cases. Client file… shows the client's whole file: every case with its "
           "notices, handoffs, visits, feedback, return visits and complaints in time order, to print."),
        {
            { QKeySequence::Find, {}, tr("To the search: the name or the credit code") },
            { {}, tr("↓"), tr("From the search into the clients found") },
            { {}, tr("Enter on a client"), tr("Opens the client's file; Enter on a line of it opens that case") },
            { {}, tr("Enter on one of the client's cases"), tr("Opens it on the Cases page") },
        },
        tr("The client archive: 4.2 and 7.6.1.") };
    all << Topic { tr("Agencies (Ctrl+4)"),
        tr("The service agencies and expert teams cases are handed off to: the service items each one serves and "
           "its qualifications, those expired or expiring within 30 days in red. Add one, or import a CSV file "
           "saved from Excel: all of its rows or none, with a report of each row refused and why."),
        {},
        tr("The archive of service agencies: 7.6.2. Handing off to them: 7.2.4.") };
    all << Topic { tr("Statistics (Ctrl+5)"),
        tr("For supervisors and administrators. A month or any span of days, one station or all: the requests by "
           "service category beside the month before and the same month last year, the last 12 months, the "
           "channels, how the requests were handled, the time to the first response and to closing, handoffs on "
           "time and overdue. Print… opens the A4 report in the print preview, which also saves the PDF; Export "
           "CSV… and Export Excel… write the same tables; Satisfaction report… is the written report of the "
           "clients' ratings in the period. The categories are named as staff say them; point at a bar for the "
           "clause, the full name and the figures."),
        {},
        tr("Statistics and analysis: 4.2 and 7.6.4. The service categories: 5.1 to 5.12. The satisfaction "
           "report: 8.1.1.") };
    all << Topic { tr("Return visits and complaints (Ctrl+6)"),
        tr("The work after the service, in four tabs. Return visits due: the closed cases the return-visit plan "
           "picks, oldest first, those past their date in red; Record the return visit… takes who answered, what "
           "they said and the four ratings. Complaints: open, overdue or all; Register a complaint… takes one from "
           "any channel; Next step… offers only the steps the complaint may take now. A complaint is acknowledged "
           "within 1 working day and answered within 15. Complaint statistics and assessment: received and valid "
           "complaints by class, agency and staff member. Evaluation and improvement: the evaluations and the "
           "improvement plans."),
        {},
        tr("Return visits and their ratings: 7.4.2 and 8.1.1. Complaints: 7.5.1 to 7.5.3; valid ones in the "
           "assessment: 7.5.4; by class: 7.5.5. Evaluation: 8.1.2. Improvement plans: 8.2.") };
    all << Topic { tr("Forms and dialogs"),
        tr("The forms of a one-time notice, a handoff, an on-site visit, a return visit and a complaint are filled "
           "in from top to bottom, like paper forms. What issues a numbered document or saves a signed record is "
           "its button, or Ctrl+Enter; Enter alone never does. The visit form keeps a draft as it is typed and "
           "offers it back after a crash."),
        {
            { {},
                tr("Enter"),
                tr("To the next field; in the notice's box for an item of your own, adds the item typed") },
            { {}, tr("Tab, Shift+Tab"), tr("To the next field, to the one before") },
            { {},
                tr("← → ↑ ↓ in a date"),
                tr("← → choose the day, month or time; ↑ ↓ change it; Tab leaves the date") },
            { ctrl(Qt::Key_Enter),
                {},
                tr("Issues the document or saves the record: the button that says so in its tooltip") },
            { {}, tr("Esc"), tr("Closes the form; the visit form asks first what to do with what was typed") },
        },
        tr("One-time notice: 7.2.3. Handoff: 7.2.4. On-site visit and the client's signature: 7.3.3 and 7.3.4. "
           "Return visit: 7.4.2. Complaint: 7.5.2.") };
    all << Topic { tr("The whole window"),
        tr("The pages are listed on the left. The status bar names the station, who is logged in, the "
           "synchronisation with the city platform and the database file. The window locks itself after the "
           "station's idle time: the cases are hidden until the password is given again, or another member of "
           "staff logs in."),
        {
            { ctrl(Qt::Key_1), tr("Ctrl+1 … Ctrl+6"), tr("To the pages, in the order they are listed") },
            { ctrl(Qt::Key_L), {}, tr("Locks the window") },
            { QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L),
                {},
                tr("Logs out (switch user): the pages hide until the next member of staff logs in") },
            { QKeySequence(Qt::Key_F5), {}, tr("Synchronises with the city platform now") },
            { QKeySequence(Qt::Key_F1), {}, tr("This help, on the page you are on") },
            { QKeySequence::Quit, {}, tr("Quits QSDesk") },
        },
        tr("Confidentiality of the records: 7.6.3. The city platform: 4.2 and 4.3.") };
    return all;
}

HelpDialog::HelpDialog(QWidget* parent)
    : QDialog(parent)
    , m_list(new QListWidget(this))
    , m_text(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("helpDialog"));
    setWindowTitle(tr("QSDesk help"));
    m_list->setObjectName(QStringLiteral("helpTopics"));
    m_text->setObjectName(QStringLiteral("helpText"));
    m_text->setOpenLinks(false);
    for (const Topic& t : topics())
        m_list->addItem(t.title);
    m_list->setMaximumWidth(m_list->sizeHintForColumn(0) + 2 * m_list->frameWidth() + 24);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* body = new QHBoxLayout;
    body->addWidget(m_list);
    body->addWidget(m_text, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(body, 1);
    layout->addWidget(buttons);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        const QList<Topic> all = topics();
        if (row < 0 || row >= all.size())
            return;
        const Topic& t = all.at(row);
        QString html = QStringLiteral("<h2>%1</h2><p>%2</p>").arg(t.title.toHtmlEscaped(), t.purpose.toHtmlEscaped());
        html += QStringLiteral("<h3>%1</h3>").arg(tr("Keys").toHtmlEscaped());
        if (t.keys.isEmpty()) {
            html += QStringLiteral("<p>%1</p>")
                        .arg(tr("This page has no keys of its own: Tab moves through it, and the window's keys "
                                "work here too.")
                                 .toHtmlEscaped());
        } else {
            html += QStringLiteral("<table cellpadding='4'>");
            for (const Key& k : t.keys)
                html += QStringLiteral("<tr><td style='white-space:nowrap'><b>%1</b></td><td>%2</td></tr>")
                            .arg(k.shown().toHtmlEscaped(), k.what.toHtmlEscaped());
            html += QStringLiteral("</table>");
        }
        html += QStringLiteral("<h3>%1</h3><p>%2</p>")
                    .arg(tr("Clauses of the service standard").toHtmlEscaped(), t.clauses.toHtmlEscaped());
        m_text->setHtml(html);
    });
    ScreenFit::resize(this, { 900, 600 });
    showTopic(0);
}

void HelpDialog::showTopic(int index)
{
    m_list->setCurrentRow(std::clamp(index, 0, m_list->count() - 1));
}

int HelpDialog::currentTopic() const
{
    return m_list->currentRow();
}

QString HelpDialog::text() const
{
    return m_text->toPlainText();
}
