// The provider settings table: one validator per key; dotted names map onto INI groups ("team.feed" →
// [team] feed), the same entries the desktop settings use.
#include "app/poll/ApiSettings.h"

#include "core/TrContext.h"
#include "sources/api/http/ApiEndpoint.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>

#include <functional>

TOKENWISE_TR_CONTEXT(ApiSettings)

namespace tokenwise {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ApiSettings", text);
}

struct Entry
{
    QString key;
    const char *description;
    std::function<QString(const QString &)> problem; // empty: valid
};

QString emailProblem(const QString &v)
{
    static const QRegularExpression email(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    return email.match(v).hasMatch() ? QString() : tr("expected an e-mail address");
}

QString userIdProblem(const QString &v)
{
    static const QRegularExpression id(QStringLiteral("^[A-Za-z0-9_.@-]{3,100}$"));
    return id.match(v).hasMatch() ? QString() : tr("expected an OpenAI user id (user-…)");
}

QString endpointProblem(const QString &v)
{
    return api::isAllowedEndpoint(QUrl(v, QUrl::StrictMode))
        ? QString()
        : tr("expected an https:// address (plain http only to this machine)");
}

QString feedProblem(const QString &v)
{
    if (QDir::isAbsolutePath(v))
        return {};
    return endpointProblem(v).isEmpty() ? QString()
                                        : tr("expected an https:// address or an absolute file path");
}

QString folderProblem(const QString &v)
{
    return QDir::isAbsolutePath(v) ? QString() : tr("expected an absolute folder path");
}

QString machineNameProblem(const QString &v)
{
    static const QRegularExpression name(QStringLiteral("^[^\\x00-\\x1f]{1,64}$"));
    return name.match(v).hasMatch() ? QString() : tr("expected a name of 1 to 64 characters on one line");
}

const QList<Entry> &table()
{
    static const QList<Entry> entries = [] {
        QList<Entry> list {
            {QStringLiteral("anthropic.identity"),
             QT_TRANSLATE_NOOP("ApiSettings",
                               "your e-mail in the Anthropic organisation (Claude Code analytics)"),
             emailProblem},
            {QStringLiteral("openai.identity"),
             QT_TRANSLATE_NOOP("ApiSettings", "your OpenAI user id (usage grouped by user)"), userIdProblem},
            {QStringLiteral("cursor.identity"),
             QT_TRANSLATE_NOOP("ApiSettings", "your e-mail in the Cursor team"), emailProblem},
            {QStringLiteral("team.feed"),
             QT_TRANSLATE_NOOP("ApiSettings", "the team feed: an https:// URL or a file path"), feedProblem},
            {QStringLiteral("sync.folder"),
             QT_TRANSLATE_NOOP("ApiSettings",
                               "a folder your sync engine keeps on every machine (Syncthing, Dropbox, …)"),
             folderProblem},
            {QStringLiteral("sync.machine-name"),
             QT_TRANSLATE_NOOP("ApiSettings", "this machine's name in reports (default: the host name)"),
             machineNameProblem},
        };
        for (const QString &source : api::sourceNames())
            list.append({source + QStringLiteral(".baseUrl"),
                         QT_TRANSLATE_NOOP("ApiSettings", "the provider's API address (for proxies)"),
                         endpointProblem});
        return list;
    }();
    return entries;
}

const Entry *find(const QString &key)
{
    for (const Entry &e : table()) {
        if (e.key == key)
            return &e;
    }
    return nullptr;
}

QString iniKey(const QString &key)
{
    QString k = key;
    return k.replace(QLatin1Char('.'), QLatin1Char('/'));
}

} // namespace

ApiSettings::ApiSettings(const QString &configDir)
{
    QDir().mkpath(configDir);
    const QString path = QDir(configDir).filePath(QStringLiteral("tokenwise.ini"));
    if (!QFile::exists(path)) {
        QFile create(path);
        if (create.open(QIODevice::WriteOnly))
            create.close();
    }
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    m_store = std::make_unique<QSettings>(path, QSettings::IniFormat);
}

ApiSettings::~ApiSettings() = default;

const QStringList &ApiSettings::keys()
{
    static const QStringList names = [] {
        QStringList list;
        for (const Entry &e : table())
            list << e.key;
        return list;
    }();
    return names;
}

bool ApiSettings::isKnown(const QString &key)
{
    return find(key) != nullptr;
}

QString ApiSettings::describe(const QString &key)
{
    const Entry *entry = find(key);
    return entry ? QCoreApplication::translate("ApiSettings", entry->description) : QString();
}

QString ApiSettings::value(const QString &key) const
{
    const Entry *entry = find(key);
    if (!entry)
        return {};
    const QString stored = m_store->value(iniKey(key)).toString().trimmed();
    if (stored.isEmpty() || looksLikeSecret(stored) || !entry->problem(stored).isEmpty())
        return {};
    return stored;
}

Status ApiSettings::setValue(const QString &key, const QString &value)
{
    const Entry *entry = find(key);
    if (!entry)
        return Status::failure(
            tr("unknown setting %1 (known: %2)").arg(key, keys().join(QStringLiteral(", "))));
    const QString trimmed = value.trimmed();
    if (trimmed.isEmpty()) {
        m_store->remove(iniKey(key));
    } else {
        if (looksLikeSecret(trimmed))
            return Status::failure(
                tr("that looks like an API key; keys go in the keychain: tokenwise keys set"));
        if (const QString problem = entry->problem(trimmed); !problem.isEmpty())
            return Status::failure(tr("%1: %2").arg(key, problem));
        m_store->setValue(iniKey(key), trimmed);
    }
    m_store->sync();
    QFile::setPermissions(m_store->fileName(), QFile::ReadOwner | QFile::WriteOwner);
    if (m_store->status() != QSettings::NoError)
        return Status::failure(tr("cannot write %1").arg(m_store->fileName()));
    return success();
}

QString ApiSettings::filePath() const
{
    return m_store->fileName();
}

bool looksLikeSecret(const QString &value)
{
    static const QRegularExpression keyShaped(
        QStringLiteral("(^|[^A-Za-z0-9])(sk-|sk_|key_|crsr_)[A-Za-z0-9_\\-]{8,}"));
    return keyShaped.match(value).hasMatch();
}

} // namespace tokenwise
