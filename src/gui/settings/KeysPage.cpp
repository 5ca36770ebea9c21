// API keys page.
#include "gui/settings/KeysPage.h"

#include "secrets/SecretStore.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>

namespace tokenwise {

QStringList KeysPage::providers()
{
    return {QStringLiteral("anthropic"), QStringLiteral("openai"), QStringLiteral("cursor"),
            QStringLiteral("openrouter")};
}

KeysPage::KeysPage(SecretStore *secrets, QWidget *parent) : SettingsPage(parent), m_secrets(secrets)
{
    auto *form = new QFormLayout(this);
    const QHash<QString, QString> names {{QStringLiteral("anthropic"), tr("Anthropic (Admin key)")},
                                         {QStringLiteral("openai"), tr("OpenAI (Admin key)")},
                                         {QStringLiteral("cursor"), tr("Cursor (team Admin key)")},
                                         {QStringLiteral("openrouter"), tr("OpenRouter")}};
    for (const QString &provider : providers()) {
        auto *row = new QWidget(this);
        auto *layout = new QHBoxLayout(row);
        layout->setContentsMargins(0, 0, 0, 0);
        auto *status = new QLabel(tr("checking…"), row);
        auto *set = new QPushButton(tr("Set…"), row);
        auto *remove = new QPushButton(tr("Remove"), row);
        set->setAccessibleName(tr("Set the %1 key").arg(names.value(provider)));
        remove->setAccessibleName(tr("Remove the %1 key").arg(names.value(provider)));
        layout->addWidget(status, 1);
        layout->addWidget(set);
        layout->addWidget(remove);
        form->addRow(names.value(provider) + QLatin1Char(':'), row);
        m_status.insert(provider, status);
        connect(set, &QPushButton::clicked, this, [this, provider, names] {
            bool ok = false;
            const QString key
                = QInputDialog::getText(this, tr("API key"), tr("Paste the %1:").arg(names.value(provider)),
                                        QLineEdit::Password, QString(), &ok);
            if (ok && !key.trimmed().isEmpty())
                storeKey(provider, key.trimmed());
        });
        connect(remove, &QPushButton::clicked, this, [this, provider] { removeKey(provider); });
    }
    auto *note = new QLabel(
        tr("Keys are kept only in your system keychain — never in settings files, the ledger, logs "
           "or exports. When no keychain works, Tokenwise says so and stores nothing."),
        this);
    note->setWordWrap(true);
    form->addRow(note);
}

void KeysPage::load(const Settings &)
{
    for (const QString &provider : providers())
        refresh(provider);
}

bool KeysPage::save(Settings &, QString *)
{
    return true; // keys are stored as soon as they are entered
}

QString KeysPage::statusText(const QString &provider) const
{
    const QLabel *label = m_status.value(provider);
    return label ? label->text() : QString();
}

void KeysPage::refresh(const QString &provider)
{
    if (!m_secrets)
        return m_status.value(provider)->setText(tr("no keychain in this build"));
    QPointer<QLabel> label = m_status.value(provider);
    // Only presence is shown: the value is dropped as soon as the read returns.
    m_secrets->read(provider, [label](const SecretReply &reply) {
        if (!label)
            return;
        switch (reply.status) {
        case SecretStatus::Ok:
            label->setText(tr("stored in the keychain"));
            break;
        case SecretStatus::NotFound:
            label->setText(tr("not set"));
            break;
        case SecretStatus::TimedOut:
            label->setText(tr("the keychain did not answer"));
            break;
        case SecretStatus::Unavailable:
            label->setText(tr("no secure storage available — keys cannot be kept"));
            break;
        }
    });
}

void KeysPage::storeKey(const QString &provider, const QString &key)
{
    if (!m_secrets)
        return;
    QPointer<KeysPage> self(this);
    m_secrets->write(provider, key, [self, provider](const SecretReply &reply) {
        if (!self)
            return;
        if (reply.status == SecretStatus::Ok)
            self->refresh(provider);
        else
            self->m_status.value(provider)->setText(tr("not stored: %1").arg(reply.detail));
    });
}

void KeysPage::removeKey(const QString &provider)
{
    if (!m_secrets)
        return;
    QPointer<KeysPage> self(this);
    m_secrets->remove(provider, [self, provider](const SecretReply &) {
        if (self)
            self->refresh(provider);
    });
}

} // namespace tokenwise
