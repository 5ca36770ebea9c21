// In-process desktop figures: the snapshot of a year-long ledger (built off the UI thread in the app) and the
// dashboard opening with it. Not a test. Usage:
//   tokenwise_desktop_bench make-ledger DATA_DIR [days]   writes DATA_DIR/ledger.sqlite (demo-generated)
//   tokenwise_desktop_bench dashboard DATA_DIR [runs]     prints the timings
#include "app/usage/UsageSnapshot.h"
#include "core/PriceBook.h"
#include "gui/dashboard/DashboardWindow.h"
#include "sources/demo/DemoHistory.h"
#include "store/SqliteLedger.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QTabWidget>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace tokenwise;

namespace {

double medianOf(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

double msSince(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

int makeLedger(const QString &dir, int days, const PriceBook &prices)
{
    QDir().mkpath(dir);
    const QString path = QDir(dir).filePath(QStringLiteral("ledger.sqlite"));
    QFile::remove(path);
    auto ledger = SqliteLedger::open(path);
    if (!ledger) {
        std::fprintf(stderr, "%s\n", qPrintable(ledger.error()));
        return 1;
    }
    const demo::DemoHistory history
        = demo::generateDemoHistory(QDateTime::currentDateTimeUtc().date(), prices, days);
    IngestBatch batch;
    batch.events = history.events;
    batch.tasks = history.tasks;
    if (Status s = (*ledger)->commit(std::move(batch)); !s) {
        std::fprintf(stderr, "%s\n", qPrintable(s.error()));
        return 1;
    }
    std::printf("ledger: %s, %d days, %lld events, %lld tasks\n", qPrintable(path), days,
                qlonglong(history.events.size()), qlonglong(history.tasks.size()));
    return 0;
}

int dashboard(const QString &dir, int runs, const PriceBook &prices)
{
    auto ledger = SqliteLedger::open(QDir(dir).filePath(QStringLiteral("ledger.sqlite")));
    if (!ledger) {
        std::fprintf(stderr, "%s\n", qPrintable(ledger.error()));
        return 1;
    }
    SnapshotRequest request;
    request.nowUtc = QDateTime::currentDateTimeUtc();
    request.prices = &prices;
    UsageSnapshot snapshot;
    std::vector<double> build, open, reopen, tabs;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        snapshot = buildSnapshot(**ledger, request);
        build.push_back(msSince(t));
    }
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        DashboardWindow window;
        window.resize(1180, 780);
        window.setSnapshot(snapshot);
        window.present();
        window.repaint(); // the first frame, painted now
        QCoreApplication::processEvents();
        open.push_back(msSince(t));
        window.hide();
        t.restart();
        window.present();
        window.repaint();
        QCoreApplication::processEvents();
        reopen.push_back(msSince(t));
        t.restart();
        for (int tab = 1; tab < window.tabs()->count(); ++tab) {
            window.tabs()->setCurrentIndex(tab);
            window.repaint();
        }
        tabs.push_back(msSince(t) / double(window.tabs()->count() - 1));
    }
    std::printf("snapshot of the ledger (90 shown days, off the UI thread): median %.1f ms over %d runs, "
                "%lld events, %lld tasks in range\n",
                medianOf(build), runs, qlonglong(snapshot.events), qlonglong(snapshot.tasks.size()));
    std::printf("dashboard first open (construct, fill, show, first paint): median %.1f ms\n",
                medianOf(open));
    std::printf("dashboard re-open (hidden -> shown, painted): median %.1f ms\n", medianOf(reopen));
    std::printf("tab switch with paint: median %.1f ms\n", medianOf(tabs));
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    if (argc < 3) {
        std::fprintf(stderr, "usage: tokenwise_desktop_bench make-ledger|dashboard DATA_DIR [days|runs]\n");
        return 2;
    }
    const QString mode = QString::fromLocal8Bit(argv[1]);
    const QString dir = QString::fromLocal8Bit(argv[2]);
    const int n = argc > 3 ? std::atoi(argv[3]) : 0;
    auto prices = PriceBook::load();
    if (!prices) {
        std::fprintf(stderr, "%s\n", qPrintable(prices.error()));
        return 1;
    }
    if (mode == QLatin1String("make-ledger"))
        return makeLedger(dir, n > 0 ? n : 365, *prices);
    return dashboard(dir, n > 0 ? n : 5, *prices);
}
