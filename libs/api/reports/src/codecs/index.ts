// The report codecs are pure: a ReportDocument (or a DocumentTable) in, bytes out.
export {};
