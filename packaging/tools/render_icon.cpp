// Build-time tool: renders the SVG app icon to PNGs (one per size) or a multi-size Windows .ico.
#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
#include <QtEndian>

#include <cstdio>

namespace {

int fail(const QString &message)
{
    std::fputs(qPrintable(QStringLiteral("render_icon: ") + message + QLatin1Char('\n')), stderr);
    return 1;
}

QImage render(QSvgRenderer &svg, int size)
{
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    svg.render(&painter, QRectF(0, 0, size, size));
    painter.end();
    return image.convertToFormat(QImage::Format_ARGB32);
}

QByteArray pngBytes(const QImage &image)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

template<typename T> void append(QByteArray &out, T value)
{
    const T little = qToLittleEndian(value);
    out.append(reinterpret_cast<const char *>(&little), sizeof little);
}

// ICO entries may hold PNG data (Windows Vista and later), so no DIB encoder is needed here.
QByteArray icoBytes(const QList<QImage> &images)
{
    QByteArray out;
    append<quint16>(out, 0);
    append<quint16>(out, 1);
    append<quint16>(out, quint16(images.size()));
    QList<QByteArray> payloads;
    for (const QImage &image : images)
        payloads << pngBytes(image);
    quint32 offset = quint32(6 + 16 * images.size());
    for (qsizetype i = 0; i < images.size(); ++i) {
        const int size = images[i].width();
        out.append(char(size >= 256 ? 0 : size)); // 0 means 256 in the ICO directory
        out.append(char(size >= 256 ? 0 : size));
        out.append(char(0)); // no palette
        out.append(char(0));
        append<quint16>(out, 1); // colour planes
        append<quint16>(out, 32); // bits per pixel
        append<quint32>(out, quint32(payloads[i].size()));
        append<quint32>(out, offset);
        offset += quint32(payloads[i].size());
    }
    for (const QByteArray &payload : payloads)
        out.append(payload);
    return out;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 4)
        return fail(
            QStringLiteral("usage: render_icon SVG OUTPUT SIZE...  (OUTPUT: a.ico, or a path where %1 "
                           "stands for the size)"));
    QSvgRenderer svg(args[1]);
    if (!svg.isValid())
        return fail(QStringLiteral("cannot read %1").arg(args[1]));
    const QString output = args[2];

    QList<QImage> images;
    for (const QString &arg : args.mid(3)) {
        bool ok = false;
        const int size = arg.toInt(&ok);
        if (!ok || size < 1 || size > 1024)
            return fail(QStringLiteral("bad size %1").arg(arg));
        images << render(svg, size);
    }

    if (output.endsWith(QStringLiteral(".ico"))) {
        if (!writeFile(output, icoBytes(images)))
            return fail(QStringLiteral("cannot write %1").arg(output));
        return 0;
    }
    if (images.size() > 1 && !output.contains(QStringLiteral("%1")))
        return fail(QStringLiteral("several sizes need %1 in the output path"));
    for (const QImage &image : images) {
        const QString path = output.contains(QStringLiteral("%1")) ? output.arg(image.width()) : output;
        if (!writeFile(path, pngBytes(image)))
            return fail(QStringLiteral("cannot write %1").arg(path));
    }
    return 0;
}
