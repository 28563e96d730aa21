import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * A LibreOffice Basic macro, installed in the converter's own profile, that opens the .docx hidden,
 * updates its indexes (the table of contents gets its page numbers from LibreOffice's own layout —
 * `--convert-to` would print the contents without them) and exports the PDF. It always ends soffice,
 * so a failure shows as a missing PDF, never as a hung process.
 */
const MACRO = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE script:module PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "module.dtd">
<script:module xmlns:script="http://openoffice.org/2000/script" script:name="JixiaoReport" script:language="StarBasic">
Sub ConvertToPdf(inUrl As String, outUrl As String)
  On Error Goto Done
  Dim load(0) As New com.sun.star.beans.PropertyValue
  load(0).Name = &quot;Hidden&quot;
  load(0).Value = True
  oDoc = StarDesktop.loadComponentFromURL(inUrl, &quot;_blank&quot;, 0, load())
  oIndexes = oDoc.getDocumentIndexes()
  For i = 0 To oIndexes.getCount() - 1
    oIndexes.getByIndex(i).update()
  Next
  Dim store(0) As New com.sun.star.beans.PropertyValue
  store(0).Name = &quot;FilterName&quot;
  store(0).Value = &quot;writer_pdf_Export&quot;
  oDoc.storeToURL(outUrl, store())
  oDoc.close(True)
Done:
  StarDesktop.terminate()
End Sub
</script:module>
`;

const library = (elements: string) => `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE library:library PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "library.dtd">
<library:library xmlns:library="http://openoffice.org/2000/library" library:name="Standard" library:readonly="false" library:passwordprotected="false">${elements}</library:library>
`;

const libraries = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE library:libraries PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "libraries.dtd">
<library:libraries xmlns:library="http://openoffice.org/2000/library" xmlns:xlink="http://www.w3.org/1999/xlink">
 <library:library library:name="Standard" library:link="false"/>
</library:libraries>
`;

/** Writes the macro into an initialised profile (LibreOffice replaces a Standard library it finds before its first start). */
export async function installMacro(profile: string): Promise<void> {
  const basic = join(profile, 'user', 'basic');
  await mkdir(join(basic, 'Standard'), { recursive: true });
  await writeFile(join(basic, 'Standard', 'JixiaoReport.xba'), MACRO);
  await writeFile(
    join(basic, 'Standard', 'script.xlb'),
    library('\n <library:element library:name="JixiaoReport"/>\n'),
  );
  await writeFile(join(basic, 'Standard', 'dialog.xlb'), library(''));
  await writeFile(join(basic, 'script.xlc'), libraries);
  await writeFile(join(basic, 'dialog.xlc'), libraries);
}

/** The command-line argument that runs the macro on one file. */
export const macroCall = (inUrl: string, outUrl: string): string =>
  `macro:///Standard.JixiaoReport.ConvertToPdf("${inUrl}","${outUrl}")`;
