#include "tablefilewriter.h"

#include "domain/money.h"
#include "spreadsheetreader.h"

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSaveFile>
#include <QXmlStreamWriter>

namespace {

const QString kMainNs = QStringLiteral("http://schemas.openxmlformats.org/spreadsheetml/2006/main");
const QString kRelNs = QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships");

// XML 1.0 allows no control characters but tab, line feed and carriage return.
QString xmlSafe(const QString &s)
{
    QString out;
    out.reserve(s.size());
    for (QChar c : s)
        if (c.unicode() >= 0x20 || c == QLatin1Char('\t') || c == QLatin1Char('\n') || c == QLatin1Char('\r'))
            out += c;
    return out;
}

} // namespace

struct TableFileWriter::Impl
{
    QString path;
    Strings strings = Strings::Inline;
    SpreadsheetReader::Format format = SpreadsheetReader::Format::Csv;
    QSet<int> money;
    // CSV
    std::unique_ptr<QSaveFile> csv;
    QByteArray buffer;
    // XLSX
    QString part;
    std::unique_ptr<QuaZip> zip;
    std::unique_ptr<QuaZipFile> sheetFile;
    std::unique_ptr<QXmlStreamWriter> xml;
    QString sheetName;
    QHash<QString, int> sharedIndex;
    QStringList shared;
    qint64 sharedCount = 0;
    int row = 0;

    bool writeEntry(const QString &name, const QByteArray &bytes)
    {
        QuaZipFile f(zip.get());
        if (!f.open(QIODevice::WriteOnly, QuaZipNewInfo(name)))
            return false;
        const bool ok = f.write(bytes) == bytes.size();
        f.close();
        return ok && f.getZipError() == ZIP_OK;
    }

    void writeCell(int column, const QString &text, int style)
    {
        xml->writeStartElement(QStringLiteral("c"));
        xml->writeAttribute(QStringLiteral("r"), columnName(column) + QString::number(row));
        if (style)
            xml->writeAttribute(QStringLiteral("s"), QString::number(style));
        const QString safe = xmlSafe(text);
        if (strings == Strings::Shared) {
            auto it = sharedIndex.constFind(safe);
            if (it == sharedIndex.constEnd()) {
                it = sharedIndex.insert(safe, int(shared.size()));
                shared << safe;
            }
            ++sharedCount;
            xml->writeAttribute(QStringLiteral("t"), QStringLiteral("s"));
            xml->writeTextElement(QStringLiteral("v"), QString::number(*it));
        } else {
            xml->writeAttribute(QStringLiteral("t"), QStringLiteral("inlineStr"));
            xml->writeStartElement(QStringLiteral("is"));
            xml->writeStartElement(QStringLiteral("t"));
            if (safe != safe.trimmed())
                xml->writeAttribute(QStringLiteral("xml:space"), QStringLiteral("preserve"));
            xml->writeCharacters(safe);
            xml->writeEndElement();
            xml->writeEndElement();
        }
        xml->writeEndElement();
    }

    void writeNumber(int column, const QString &number, int style)
    {
        xml->writeStartElement(QStringLiteral("c"));
        xml->writeAttribute(QStringLiteral("r"), columnName(column) + QString::number(row));
        if (style)
            xml->writeAttribute(QStringLiteral("s"), QString::number(style));
        xml->writeTextElement(QStringLiteral("v"), number);
        xml->writeEndElement();
    }

    void abandon()
    {
        xml.reset();
        if (sheetFile && sheetFile->isOpen())
            sheetFile->close();
        sheetFile.reset();
        if (zip && zip->isOpen())
            zip->close();
        zip.reset();
        if (!part.isEmpty())
            QFile::remove(part);
    }
};

TableFileWriter::TableFileWriter(const QString &path, Strings strings) : d(new Impl)
{
    d->path = path;
    d->strings = strings;
}

TableFileWriter::~TableFileWriter()
{
    d->abandon();
}

QString TableFileWriter::columnName(int column)
{
    QString name;
    for (int c = column + 1; c > 0; c = (c - 1) / 26)
        name.prepend(QLatin1Char(char('A' + (c - 1) % 26)));
    return name;
}

QString TableFileWriter::csvField(const QString &text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) && !text.contains(QLatin1Char('\n'))
        && !text.contains(QLatin1Char('\r')))
        return text;
    QString q = text;
    q.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

Validation TableFileWriter::open(const QStringList &headers, const QSet<int> &moneyColumns, const QString &sheetName)
{
    Validation v;
    const auto format = SpreadsheetReader::formatOf(d->path);
    if (!format) {
        v.add(QStringLiteral("file"), tr("File %1: write .xlsx or .csv.").arg(QFileInfo(d->path).fileName()));
        return v;
    }
    d->format = *format;
    d->money = moneyColumns;
    if (d->format == SpreadsheetReader::Format::Csv) {
        d->csv = std::make_unique<QSaveFile>(d->path);
        if (!d->csv->open(QIODevice::WriteOnly)) {
            v.add(QStringLiteral("file"), tr("File %1: cannot be written: %2").arg(d->path, d->csv->errorString()));
            return v;
        }
        d->buffer = QByteArrayLiteral("\xEF\xBB\xBF");   // Excel needs the BOM to read UTF-8
        QStringList fields;
        for (const QString &h : headers)
            fields << csvField(h);
        d->buffer += fields.join(QLatin1Char(',')).toUtf8() + "\r\n";
        return v;
    }

    d->part = d->path + QStringLiteral(".part");
    d->sheetName = sheetName.isEmpty() ? QStringLiteral("Sheet1") : sheetName;
    d->zip = std::make_unique<QuaZip>(d->part);
    d->zip->setUtf8Enabled(true);
    if (!d->zip->open(QuaZip::mdCreate)) {
        v.add(QStringLiteral("file"), tr("File %1: cannot be written.").arg(d->path));
        d->abandon();
        return v;
    }
    d->sheetFile = std::make_unique<QuaZipFile>(d->zip.get());
    if (!d->sheetFile->open(QIODevice::WriteOnly, QuaZipNewInfo(QStringLiteral("xl/worksheets/sheet1.xml")))) {
        v.add(QStringLiteral("file"), tr("File %1: cannot be written.").arg(d->path));
        d->abandon();
        return v;
    }
    d->xml = std::make_unique<QXmlStreamWriter>(d->sheetFile.get());
    QXmlStreamWriter &x = *d->xml;
    x.writeStartDocument(QStringLiteral("1.0"), true);
    x.writeStartElement(QStringLiteral("worksheet"));
    x.writeDefaultNamespace(kMainNs);
    x.writeNamespace(kRelNs, QStringLiteral("r"));
    x.writeStartElement(QStringLiteral("sheetViews"));
    x.writeStartElement(QStringLiteral("sheetView"));
    x.writeAttribute(QStringLiteral("workbookViewId"), QStringLiteral("0"));
    x.writeEmptyElement(QStringLiteral("pane"));   // the header stays in view
    x.writeAttribute(QStringLiteral("ySplit"), QStringLiteral("1"));
    x.writeAttribute(QStringLiteral("topLeftCell"), QStringLiteral("A2"));
    x.writeAttribute(QStringLiteral("state"), QStringLiteral("frozen"));
    x.writeEndElement();
    x.writeEndElement();
    x.writeStartElement(QStringLiteral("cols"));
    for (int c = 0; c < headers.size(); ++c) {
        x.writeEmptyElement(QStringLiteral("col"));
        x.writeAttribute(QStringLiteral("min"), QString::number(c + 1));
        x.writeAttribute(QStringLiteral("max"), QString::number(c + 1));
        x.writeAttribute(QStringLiteral("width"), headers[c].size() > 4 ? QStringLiteral("20") : QStringLiteral("12"));
        x.writeAttribute(QStringLiteral("customWidth"), QStringLiteral("1"));
    }
    x.writeEndElement();
    x.writeStartElement(QStringLiteral("sheetData"));
    d->row = 1;
    x.writeStartElement(QStringLiteral("row"));
    x.writeAttribute(QStringLiteral("r"), QStringLiteral("1"));
    for (int c = 0; c < headers.size(); ++c)
        d->writeCell(c, headers[c], 1);   // style 1: bold
    x.writeEndElement();
    return v;
}

Validation TableFileWriter::addRow(const QVariantList &cells)
{
    Validation v;
    if (d->format == SpreadsheetReader::Format::Csv) {
        if (!d->csv) {
            v.add(QStringLiteral("file"), tr("File %1: not open.").arg(d->path));
            return v;
        }
        QStringList fields;
        for (int c = 0; c < cells.size(); ++c)
            fields << (d->money.contains(c) && !cells[c].isNull() ? Money(cells[c].toLongLong()).toYuanString()
                                                                   : csvField(cells[c].toString()));
        d->buffer += fields.join(QLatin1Char(',')).toUtf8() + "\r\n";
        if (d->buffer.size() > (1 << 20)) {
            if (d->csv->write(d->buffer) != d->buffer.size())
                v.add(QStringLiteral("file"), tr("File %1: cannot be written: %2").arg(d->path, d->csv->errorString()));
            d->buffer.clear();
        }
    } else {
        if (!d->xml) {
            v.add(QStringLiteral("file"), tr("File %1: not open.").arg(d->path));
            return v;
        }
        ++d->row;
        QXmlStreamWriter &x = *d->xml;
        x.writeStartElement(QStringLiteral("row"));
        x.writeAttribute(QStringLiteral("r"), QString::number(d->row));
        for (int c = 0; c < cells.size(); ++c) {
            if (cells[c].isNull())
                continue;
            const int type = cells[c].typeId();
            if (d->money.contains(c)) {
                d->writeNumber(c, Money(cells[c].toLongLong()).toYuanString(), 2);   // style 2: 0.00
            } else if (type == QMetaType::Int || type == QMetaType::LongLong || type == QMetaType::UInt
                       || type == QMetaType::ULongLong) {
                d->writeNumber(c, cells[c].toString(), 0);
            } else {
                const QString text = cells[c].toString();
                if (!text.isEmpty())
                    d->writeCell(c, text, 0);
            }
        }
        x.writeEndElement();
        if (x.hasError()) {
            v.add(QStringLiteral("file"), tr("File %1: cannot be written.").arg(d->path));
            return v;
        }
    }
    ++m_rows;
    return v;
}

Validation TableFileWriter::close()
{
    Validation v;
    if (d->csv) {
        if (d->csv->write(d->buffer) != d->buffer.size() || !d->csv->commit())
            v.add(QStringLiteral("file"), tr("File %1: cannot be written: %2").arg(d->path, d->csv->errorString()));
        d->csv.reset();
        return v;
    }
    if (!d->xml) {
        v.add(QStringLiteral("file"), tr("File %1: not open.").arg(d->path));
        return v;
    }
    QXmlStreamWriter &x = *d->xml;
    x.writeEndElement();   // sheetData
    x.writeEndElement();   // worksheet
    x.writeEndDocument();
    bool ok = !x.hasError();
    d->xml.reset();
    d->sheetFile->close();
    ok = ok && d->sheetFile->getZipError() == ZIP_OK;
    d->sheetFile.reset();

    const bool shared = d->strings == Strings::Shared;
    auto xmlText = [](const std::function<void(QXmlStreamWriter &)> &body) {
        QByteArray bytes;
        QXmlStreamWriter w(&bytes);
        w.writeStartDocument(QStringLiteral("1.0"), true);
        body(w);
        w.writeEndDocument();
        return bytes;
    };
    if (shared) {
        ok = ok && d->writeEntry(QStringLiteral("xl/sharedStrings.xml"), xmlText([&](QXmlStreamWriter &w) {
            w.writeStartElement(QStringLiteral("sst"));
            w.writeDefaultNamespace(kMainNs);
            w.writeAttribute(QStringLiteral("count"), QString::number(d->sharedCount));
            w.writeAttribute(QStringLiteral("uniqueCount"), QString::number(d->shared.size()));
            for (const QString &s : std::as_const(d->shared)) {
                w.writeStartElement(QStringLiteral("si"));
                w.writeStartElement(QStringLiteral("t"));
                if (s != s.trimmed())
                    w.writeAttribute(QStringLiteral("xml:space"), QStringLiteral("preserve"));
                w.writeCharacters(s);
                w.writeEndElement();
                w.writeEndElement();
            }
            w.writeEndElement();
        }));
    }
    const QString ct = QStringLiteral("application/vnd.openxmlformats-officedocument.");
    ok = ok && d->writeEntry(QStringLiteral("[Content_Types].xml"), xmlText([&](QXmlStreamWriter &w) {
        w.writeStartElement(QStringLiteral("Types"));
        w.writeDefaultNamespace(QStringLiteral("http://schemas.openxmlformats.org/package/2006/content-types"));
        auto def = [&](const char *ext, const QString &type) {
            w.writeEmptyElement(QStringLiteral("Default"));
            w.writeAttribute(QStringLiteral("Extension"), QLatin1String(ext));
            w.writeAttribute(QStringLiteral("ContentType"), type);
        };
        auto over = [&](const char *part, const QString &type) {
            w.writeEmptyElement(QStringLiteral("Override"));
            w.writeAttribute(QStringLiteral("PartName"), QLatin1String(part));
            w.writeAttribute(QStringLiteral("ContentType"), type);
        };
        def("rels", QStringLiteral("application/vnd.openxmlformats-package.relationships+xml"));
        def("xml", QStringLiteral("application/xml"));
        over("/xl/workbook.xml", ct + QStringLiteral("spreadsheetml.sheet.main+xml"));
        over("/xl/worksheets/sheet1.xml", ct + QStringLiteral("spreadsheetml.worksheet+xml"));
        over("/xl/styles.xml", ct + QStringLiteral("spreadsheetml.styles+xml"));
        if (shared)
            over("/xl/sharedStrings.xml", ct + QStringLiteral("spreadsheetml.sharedStrings+xml"));
        w.writeEndElement();
    }));
    const QString relType = QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships/");
    auto relationships = [&](const QList<std::pair<QString, QString>> &rels) {
        return xmlText([&](QXmlStreamWriter &w) {
            w.writeStartElement(QStringLiteral("Relationships"));
            w.writeDefaultNamespace(QStringLiteral("http://schemas.openxmlformats.org/package/2006/relationships"));
            int id = 0;
            for (const auto &[type, target] : rels) {
                w.writeEmptyElement(QStringLiteral("Relationship"));
                w.writeAttribute(QStringLiteral("Id"), QStringLiteral("rId%1").arg(++id));
                w.writeAttribute(QStringLiteral("Type"), relType + type);
                w.writeAttribute(QStringLiteral("Target"), target);
            }
            w.writeEndElement();
        });
    };
    ok = ok && d->writeEntry(QStringLiteral("_rels/.rels"),
                             relationships({{QStringLiteral("officeDocument"), QStringLiteral("xl/workbook.xml")}}));
    QList<std::pair<QString, QString>> bookRels{{QStringLiteral("worksheet"), QStringLiteral("worksheets/sheet1.xml")},
                                                {QStringLiteral("styles"), QStringLiteral("styles.xml")}};
    if (shared)
        bookRels.append({QStringLiteral("sharedStrings"), QStringLiteral("sharedStrings.xml")});
    ok = ok && d->writeEntry(QStringLiteral("xl/_rels/workbook.xml.rels"), relationships(bookRels));
    ok = ok && d->writeEntry(QStringLiteral("xl/workbook.xml"), xmlText([&](QXmlStreamWriter &w) {
        w.writeStartElement(QStringLiteral("workbook"));
        w.writeDefaultNamespace(kMainNs);
        w.writeNamespace(kRelNs, QStringLiteral("r"));
        w.writeStartElement(QStringLiteral("sheets"));
        w.writeEmptyElement(QStringLiteral("sheet"));
        w.writeAttribute(QStringLiteral("name"), d->sheetName.left(31));
        w.writeAttribute(QStringLiteral("sheetId"), QStringLiteral("1"));
        w.writeAttribute(kRelNs, QStringLiteral("id"), QStringLiteral("rId1"));
        w.writeEndElement();
        w.writeEndElement();
    }));
    // Styles: 0 default, 1 bold (the header), 2 number with two decimals (yuan).
    ok = ok && d->writeEntry(QStringLiteral("xl/styles.xml"), QByteArrayLiteral(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
        "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
        "<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"Calibri\"/></font>"
        "<font><b/><sz val=\"11\"/><name val=\"Calibri\"/></font></fonts>"
        "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill></fills>"
        "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
        "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
        "<cellXfs count=\"3\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
        "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/>"
        "<xf numFmtId=\"2\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/></cellXfs>"
        "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
        "</styleSheet>"));
    d->zip->close();
    ok = ok && d->zip->getZipError() == ZIP_OK;
    d->zip.reset();
    if (ok) {
        QFile::remove(d->path);
        ok = QFile::rename(d->part, d->path);
    }
    if (!ok) {
        QFile::remove(d->part);
        v.add(QStringLiteral("file"), tr("File %1: cannot be written.").arg(d->path));
    }
    d->part.clear();
    return v;
}
