// A small line of the last 24 hours' spend, hour by hour.
#pragma once

#include "core/Money.h"

#include <QWidget>

namespace tokenwise {

class Sparkline : public QWidget
{
    Q_OBJECT
public:
    explicit Sparkline(QWidget *parent = nullptr);

    void setValues(const QList<MicroUsd> &values);
    QList<MicroUsd> values() const { return m_values; }
    QSize sizeHint() const override { return {220, 36}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QList<MicroUsd> m_values;
};

} // namespace tokenwise
