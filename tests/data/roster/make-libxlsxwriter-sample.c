/* Writes tests/data/roster/libxlsxwriter-sample.xlsx: a roster as a second,
   independent producer (libxlsxwriter 1.1.4) writes it. */
#include <xlsxwriter.h>
int main(int argc, char **argv) {
    lxw_workbook *wb = workbook_new(argv[1]);
    lxw_worksheet *ws = workbook_add_worksheet(wb, "花名册");
    lxw_worksheet *notes = workbook_add_worksheet(wb, "说明");   /* a second sheet the reader leaves alone */
    lxw_format *date = workbook_add_format(wb); format_set_num_format(date, "yyyy-mm-dd");
    lxw_format *bold = workbook_add_format(wb); format_set_bold(bold);
    const char *h[] = {"户编号","户主姓名","姓名","公民身份号码","与户主关系","性别","出生日期","村(社区)","人员类别","联系电话"};
    for (int c = 0; c < 10; ++c) { worksheet_write_string(ws, 0, c, h[c], bold); worksheet_write_string(notes, c, 0, h[c], NULL); }
    /* row 2: head, birth date as a date cell, phone as a number */
    worksheet_write_string(ws, 1, 0, "L001", NULL); worksheet_write_string(ws, 1, 1, "刘一", NULL);
    worksheet_write_string(ws, 1, 2, "刘一", NULL); worksheet_write_string(ws, 1, 3, "360102196001010110", NULL);
    worksheet_write_string(ws, 1, 4, "户主", NULL); worksheet_write_string(ws, 1, 5, "男", NULL);
    lxw_datetime d = {1960, 1, 1, 0, 0, 0}; worksheet_write_datetime(ws, 1, 6, &d, date);
    worksheet_write_string(ws, 1, 7, "东村", NULL); worksheet_write_string(ws, 1, 8, "脱贫、低保", NULL);
    worksheet_write_number(ws, 1, 9, 13800001111, NULL);
    /* row 3 (after an empty row 3 → row 4): a rich string name, no sex, no date */
    worksheet_write_string(ws, 3, 0, "L001", NULL); worksheet_write_string(ws, 3, 1, "刘一", NULL);
    lxw_format *red = workbook_add_format(wb); format_set_font_color(red, LXW_COLOR_RED);
    lxw_rich_string_tuple f1 = {.format = NULL, .string = "刘"}, f2 = {.format = red, .string = "二"};
    lxw_rich_string_tuple *rich[] = {&f1, &f2, NULL};
    worksheet_write_rich_string(ws, 3, 2, rich, NULL);
    worksheet_write_string(ws, 3, 3, "360102198801010214", NULL);
    worksheet_write_string(ws, 3, 4, "子", NULL); worksheet_write_string(ws, 3, 7, "东村", NULL);
    /* row 5: a formula that makes text, and an id typed as a number (lost digits) */
    worksheet_write_string(ws, 4, 0, "L002", NULL);
    worksheet_write_formula_str(ws, 4, 2, "=\"王\"&\"五\"", NULL, "王五");
    worksheet_write_number(ws, 4, 3, 360102199001010312.0, NULL);
    worksheet_write_string(ws, 4, 4, "本人", NULL); worksheet_write_string(ws, 4, 7, "西村", NULL);
    worksheet_write_boolean(ws, 4, 9, 1, NULL);
    return workbook_close(wb);
}
