"""Payroll's rules, free of any framework: money and words, months and years, employees, slips, PINs,
and the checks an imported batch must pass."""
from services.payroll.domain.access import NOT_A_PIN, Access, pin_hash, pin_problem
from services.payroll.domain.batch import Line, Problem, check
from services.payroll.domain.employee import Employee, Names, Office, masked
from services.payroll.domain.money import in_words, local_digits, plain, rupees
from services.payroll.domain.period import financial_year, month_name, months_of, today_in_india, year_name
from services.payroll.domain.sheet import rows_from_csv, sheet_text
from services.payroll.domain.slip import DEDUCTIONS, EARNINGS, Correction, Figures, Slip, slip_id, totals

__all__ = [
    "DEDUCTIONS", "EARNINGS", "NOT_A_PIN", "Access", "Correction", "Employee", "Figures", "Line", "Names", "Office",
    "Problem", "Slip", "check",
    "financial_year", "in_words", "local_digits", "masked", "month_name", "months_of", "pin_hash", "pin_problem",
    "plain", "rows_from_csv", "rupees", "sheet_text", "slip_id", "today_in_india", "totals", "year_name",
]
