#include "spreadsheetreader.h"

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QStringDecoder>
#include <QXmlStreamReader>

namespace {

const QString kFileField = QStringLiteral("file");
const QString kRelNs = QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships");

bool hasText(const QStringList &cells)
{
    for (const QString &c : cells)
        if (!c.trimmed().isEmpty())
            return true;
    return false;
}

void dropTrailingEmpty(QStringList &cells)
{
    while (!cells.isEmpty() && cells.last().isEmpty())
        cells.removeLast();
}

// One member of an open zip, read whole; nullopt if absent.
std::optional<QByteArray> readEntry(QuaZip &zip, const QString &name)
{
    if (!zip.setCurrentFile(name, QuaZip::csInsensitive))
        return std::nullopt;
    QuaZipFile file(&zip);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    QByteArray bytes = file.readAll();
    file.close();
    if (file.getZipError() != UNZ_OK)
        return std::nullopt;
    return bytes;
}

// The text of an <si> or <is> element: every <t>, phonetic runs (<rPh>) left out.
// The reader stands on the start element; returns at its end element.
QString richText(QXmlStreamReader &xml)
{
    const QString endName = xml.name().toString();
    QString text;
    int phonetic = 0;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            if (xml.name() == QLatin1String("rPh"))
                ++phonetic;
            else if (xml.name() == QLatin1String("t")) {
                const QString t = xml.readElementText();
                if (!phonetic)
                    text += t;
            }
        } else if (token == QXmlStreamReader::EndElement) {
            if (xml.name() == QLatin1String("rPh"))
                --phonetic;
            else if (xml.name() == endName)
                break;
        }
    }
    return text;
}

} // namespace

std::optional<SpreadsheetReader::Format> SpreadsheetReader::formatOf(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("xlsx"))
        return Format::Xlsx;
    if (suffix == QLatin1String("csv") || suffix == QLatin1String("txt"))
        return Format::Csv;
    return std::nullopt;
}

Result<SpreadsheetReader::Sheet> SpreadsheetReader::read(const QString &path)
{
    using R = Result<Sheet>;
    const auto format = formatOf(path);
    if (!format)
        return R::failure(kFileField, tr("File %1: only .xlsx and .csv files can be read (an old .xls must be saved "
                                         "as .xlsx first).").arg(QFileInfo(path).fileName()));
    if (!QFileInfo(path).isFile())
        return R::failure(kFileField, tr("File %1: does not exist.").arg(path));
    if (*format == Format::Xlsx)
        return readXlsx(path);
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return R::failure(kFileField, tr("File %1: cannot be opened: %2").arg(path, f.errorString()));
    return readCsv(f.readAll());
}

QString SpreadsheetReader::detectEncoding(const QByteArray &bytes)
{
    QStringDecoder utf8(QStringDecoder::Utf8);
    (void)utf8.decode(bytes).operator QString();
    return utf8.hasError() ? QStringLiteral("GBK") : QStringLiteral("UTF-8");
}

Result<SpreadsheetReader::Sheet> SpreadsheetReader::readCsv(const QByteArray &bytes)
{
    using R = Result<Sheet>;
    Sheet sheet;
    sheet.format = Format::Csv;
    sheet.encoding = detectEncoding(bytes);
    QString text;
    if (sheet.encoding == QLatin1String("UTF-8")) {
        QStringDecoder d(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);   // drops a BOM
        text = d.decode(bytes);
    } else {
        QStringDecoder d("GBK");
        if (!d.isValid())
            return R::failure(kFileField, tr("File: it is not UTF-8, and this program cannot read GBK here."));
        text = d.decode(bytes);
        if (d.hasError())
            return R::failure(kFileField, tr("File: the text is neither UTF-8 nor GBK; save it as CSV UTF-8 and try again."));
    }
    if (!text.isEmpty() && text.front() == QChar(0xFEFF))
        text.remove(0, 1);
    if (text.contains(QChar(0)))
        return R::failure(kFileField, tr("File: this is not a text (CSV) file."));

    // RFC 4180: fields separated by commas, quoted fields may hold commas,
    // doubled quotes and line breaks; records end with CRLF, LF or CR.
    int line = 1, recordLine = 1;
    QStringList cells;
    QString field;
    bool quoted = false, fieldStarted = false;
    const qsizetype n = text.size();
    auto endRecord = [&] {
        cells << field;
        field.clear();
        dropTrailingEmpty(cells);
        if (hasText(cells))
            sheet.rows.append({recordLine, cells});
        cells.clear();
        fieldStarted = false;
    };
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < n && text.at(i + 1) == QLatin1Char('"')) {
                    field += QLatin1Char('"');
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == QLatin1Char('\n') || (c == QLatin1Char('\r') && !(i + 1 < n && text.at(i + 1) == QLatin1Char('\n'))))
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == QLatin1Char('"') && !fieldStarted) {
            quoted = true;
            fieldStarted = true;
        } else if (c == QLatin1Char(',')) {
            cells << field;
            field.clear();
            fieldStarted = false;
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && i + 1 < n && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            endRecord();
            ++line;
            recordLine = line;
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    if (quoted)
        return R::failure(kFileField, tr("File: a quoted field that starts on line %1 never ends.").arg(recordLine));
    if (!field.isEmpty() || !cells.isEmpty())
        endRecord();
    return sheet;
}

int SpreadsheetReader::columnOfReference(QStringView reference)
{
    int column = 0, letters = 0;
    for (QChar c : reference) {
        const char16_t u = c.unicode();
        if (u >= 'A' && u <= 'Z')
            column = column * 26 + (u - 'A' + 1);
        else if (u >= 'a' && u <= 'z')
            column = column * 26 + (u - 'a' + 1);
        else
            break;
        if (++letters > 3)
            return -1;
    }
    return letters ? column - 1 : -1;
}

int SpreadsheetReader::rowOfReference(QStringView reference)
{
    qsizetype i = 0;
    while (i < reference.size() && reference[i].isLetter())
        ++i;
    bool ok = false;
    const int row = reference.mid(i).toInt(&ok);
    return ok ? row : 0;
}

Result<SpreadsheetReader::Sheet> SpreadsheetReader::readXlsx(const QString &path)
{
    using R = Result<Sheet>;
    const QString fileName = QFileInfo(path).fileName();
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdUnzip))
        return R::failure(kFileField, tr("File %1: not an Excel workbook (.xlsx), or it is damaged.").arg(fileName));

    // The first sheet in workbook order, through the workbook's relationships.
    QString sheetPath = QStringLiteral("xl/worksheets/sheet1.xml");
    if (const auto workbook = readEntry(zip, QStringLiteral("xl/workbook.xml"))) {
        QXmlStreamReader xml(*workbook);
        QString relId;
        while (!xml.atEnd() && relId.isEmpty()) {
            if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("sheet"))
                relId = xml.attributes().value(kRelNs, QStringLiteral("id")).toString();
        }
        const auto rels = readEntry(zip, QStringLiteral("xl/_rels/workbook.xml.rels"));
        if (!relId.isEmpty() && rels) {
            QXmlStreamReader r(*rels);
            while (!r.atEnd()) {
                if (r.readNext() == QXmlStreamReader::StartElement && r.name() == QLatin1String("Relationship")
                    && r.attributes().value(QStringLiteral("Id")) == relId) {
                    const QString target = r.attributes().value(QStringLiteral("Target")).toString();
                    sheetPath = target.startsWith(QLatin1Char('/')) ? target.mid(1) : QStringLiteral("xl/") + target;
                    break;
                }
            }
        }
    } else {
        return R::failure(kFileField, tr("File %1: a zip file, but not an Excel workbook (no xl/workbook.xml).").arg(fileName));
    }

    QStringList shared;
    if (const auto strings = readEntry(zip, QStringLiteral("xl/sharedStrings.xml"))) {
        QXmlStreamReader xml(*strings);
        while (!xml.atEnd()) {
            if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("si"))
                shared << richText(xml);
        }
        if (xml.hasError())
            return R::failure(kFileField, tr("File %1: its shared strings are damaged: %2").arg(fileName, xml.errorString()));
    }

    if (!zip.setCurrentFile(sheetPath, QuaZip::csInsensitive))
        return R::failure(kFileField, tr("File %1: the workbook has no first sheet (%2).").arg(fileName, sheetPath));
    QuaZipFile file(&zip);
    if (!file.open(QIODevice::ReadOnly))
        return R::failure(kFileField, tr("File %1: the first sheet cannot be read.").arg(fileName));

    Sheet sheet;
    sheet.format = Format::Xlsx;
    sheet.encoding = QStringLiteral("xlsx");
    QXmlStreamReader xml(&file);
    int lastRow = 0;
    QStringList cells;
    int rowNumber = 0, column = -1;
    QString type, value;
    bool inRow = false, inCell = false;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            const QStringView name = xml.name();
            if (name == QLatin1String("row")) {
                inRow = true;
                cells.clear();
                column = -1;
                const int r = xml.attributes().value(QStringLiteral("r")).toInt();
                rowNumber = r > 0 ? r : lastRow + 1;
            } else if (name == QLatin1String("c") && inRow) {
                inCell = true;
                const auto attrs = xml.attributes();
                const int c = columnOfReference(attrs.value(QStringLiteral("r")));
                column = c >= 0 ? c : column + 1;
                type = attrs.value(QStringLiteral("t")).toString();
                value.clear();
            } else if (name == QLatin1String("v") && inCell) {
                value = xml.readElementText();
            } else if (name == QLatin1String("is") && inCell) {
                value = richText(xml);
            }
        } else if (token == QXmlStreamReader::EndElement) {
            const QStringView name = xml.name();
            if (name == QLatin1String("c") && inCell) {
                inCell = false;
                QString text;
                if (type == QLatin1String("s")) {
                    bool ok = false;
                    const int index = value.toInt(&ok);
                    if (!ok || index < 0 || index >= shared.size())
                        return R::failure(kFileField, tr("File %1: cell %2 of row %3 names a shared string that does not exist.")
                                                          .arg(fileName).arg(column + 1).arg(rowNumber));
                    text = shared.at(index);
                } else if (type == QLatin1String("b")) {
                    text = value == QLatin1String("1") ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
                } else {
                    text = value;   // n, str, inlineStr, e, d: the stored text
                }
                if (column >= 0 && column < 16384) {
                    while (cells.size() <= column)
                        cells << QString();
                    cells[column] = text;
                }
            } else if (name == QLatin1String("row") && inRow) {
                inRow = false;
                lastRow = rowNumber;
                dropTrailingEmpty(cells);
                if (hasText(cells))
                    sheet.rows.append({rowNumber, cells});
            }
        }
    }
    if (xml.hasError())
        return R::failure(kFileField, tr("File %1: the first sheet is damaged: %2").arg(fileName, xml.errorString()));
    file.close();
    return sheet;
}
