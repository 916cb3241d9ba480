"""Documents: receipts, payment lists and the LPJ as PDF (ReportLab), XLSX and CSV. No Qt."""
