// Writes and removes the XDG autostart entry, built from the template compiled in from packaging/linux/.
#include "app/platform/XdgAutostart.h"

#include "app/AppLogging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

#include <algorithm>
#include <utility>

namespace tokenwise {

namespace {

const auto entryFileName = QStringLiteral(TOKENWISE_APP_ID ".desktop");

// The general escape rule for string values; the spec applies it after the Exec quoting rule.
QString escapeString(const QString &value)
{
    QString escaped;
    escaped.reserve(value.size());
    for (const QChar c : value) {
        switch (c.unicode()) {
        case u'\\':
            escaped += QStringLiteral("\\\\");
            break;
        case u'\n':
            escaped += QStringLiteral("\\n");
            break;
        case u'\t':
            escaped += QStringLiteral("\\t");
            break;
        case u'\r':
            escaped += QStringLiteral("\\r");
            break;
        default:
            escaped += c;
        }
    }
    return escaped;
}

// Value of key in the [Desktop Entry] group; action groups and comments are skipped.
QString mainGroupValue(const QString &contents, const QString &key)
{
    bool inMainGroup = false;
    for (const QString &rawLine : contents.split(QLatin1Char('\n'))) {
        const QString line = rawLine.trimmed();
        if (line.startsWith(QLatin1Char('['))) {
            inMainGroup = line == QStringLiteral("[Desktop Entry]");
            continue;
        }
        const qsizetype eq = line.indexOf(QLatin1Char('='));
        if (inMainGroup && !line.startsWith(QLatin1Char('#')) && eq > 0 && line.left(eq).trimmed() == key)
            return line.mid(eq + 1).trimmed();
    }
    return {};
}

} // namespace

XdgAutostart::XdgAutostart(QString executablePath, QString configHome, QStringList arguments)
    : m_executablePath(std::move(executablePath))
    , m_configHome(std::move(configHome))
    , m_arguments(std::move(arguments))
{ }

QString XdgAutostart::entryPath() const
{
    const QString home = m_configHome.isEmpty()
        ? QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)
        : m_configHome;
    return home + QStringLiteral("/autostart/") + entryFileName;
}

QString XdgAutostart::execArgument(const QString &argument)
{
    static const QString reserved = QStringLiteral(" \t\n\"'\\><~|&;$*?#()`");
    const bool needsQuotes = argument.isEmpty()
        || std::any_of(argument.cbegin(), argument.cend(), [](QChar c) { return reserved.contains(c); });
    QString quoted;
    if (needsQuotes) {
        quoted += QLatin1Char('"');
        for (const QChar c : argument) {
            if (c == u'"' || c == u'`' || c == u'$' || c == u'\\')
                quoted += QLatin1Char('\\');
            quoted += c;
        }
        quoted += QLatin1Char('"');
    } else {
        quoted = argument;
    }
    quoted.replace(QLatin1Char('%'), QStringLiteral("%%"));
    return escapeString(quoted);
}

QString XdgAutostart::entryContents() const
{
    QFile templateFile(QStringLiteral(":/autostart/") + entryFileName);
    [[maybe_unused]] const bool opened = templateFile.open(QIODevice::ReadOnly);
    Q_ASSERT_X(opened, "XdgAutostart", "the autostart template is missing from the resources");

    // The template's leading comment speaks to packagers; the written file gets one for its reader.
    QStringList lines {
        QStringLiteral("# Written by Tokenwise's \"start at login\" setting; turning the setting "
                       "off removes this file.")};
    bool inHeader = true;
    for (const QString &line : QString::fromUtf8(templateFile.readAll()).split(QLatin1Char('\n'))) {
        if (inHeader && line.startsWith(QLatin1Char('#')))
            continue;
        inHeader = false;
        if (line.startsWith(QStringLiteral("Exec="))) {
            QStringList exec {execArgument(m_executablePath)};
            for (const QString &argument : m_arguments)
                exec << execArgument(argument);
            lines << QStringLiteral("Exec=") + exec.join(QLatin1Char(' '));
        } else if (line.startsWith(QStringLiteral("TryExec=")))
            lines << QStringLiteral("TryExec=") + escapeString(m_executablePath);
        else
            lines << line;
    }
    return lines.join(QLatin1Char('\n'));
}

bool XdgAutostart::isEnabled() const
{
    QFile file(entryPath());
    if (!file.open(QIODevice::ReadOnly))
        return false;
    // Session managers honour both switches, and settings tools such as GNOME Tweaks set them.
    const QString contents = QString::fromUtf8(file.readAll());
    return mainGroupValue(contents, QStringLiteral("Hidden")) != QStringLiteral("true")
        && mainGroupValue(contents, QStringLiteral("X-GNOME-Autostart-enabled")) != QStringLiteral("false");
}

Status XdgAutostart::setEnabled(bool enabled)
{
    const QString path = entryPath();
    if (!enabled) {
        QFile file(path);
        if (!file.exists() && !QFileInfo(path).isSymLink())
            return success();
        if (!file.remove())
            return Status::failure(tr("Could not remove %1: %2").arg(path, file.errorString()));
        qCInfo(lcApp) << "autostart entry removed:" << path;
        return success();
    }

    const QByteArray wanted = entryContents().toUtf8();
    {
        QFile existing(path);
        if (existing.open(QIODevice::ReadOnly) && existing.readAll() == wanted)
            return success();
    }
    const QString dir = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(dir))
        return Status::failure(tr("Could not create the folder %1.").arg(dir));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(wanted) != wanted.size() || !file.commit())
        return Status::failure(tr("Could not write %1: %2").arg(path, file.errorString()));
    qCInfo(lcApp) << "autostart entry written:" << path;
    return success();
}

} // namespace tokenwise
