import {
  BULLETIN_CLOSING,
  type BulletinDetailResponse,
  bulletinParagraphs,
  bulletinTables,
  chineseDate,
} from '@bizenv/shared';
import './bulletin-print.css';

/**
 * The bulletin as a printable A4 page (browser print → PDF): the same words and tables as the
 * Word document, from the figures stored with the bulletin, so a published bulletin prints
 * as it was published.
 */
export function BulletinPrint({ bulletin }: { bulletin: BulletinDetailResponse }) {
  const { figures } = bulletin;
  const issuer = `${bulletin.jurisdictionName}优化营商环境工作领导小组办公室`;
  const issuedOn = chineseDate(bulletinDate(bulletin));
  return (
    <article className="bulletin-print">
      <header className="bulletin-print__header">
        <div className="bulletin-print__issuer">{issuer}</div>
        <div className="bulletin-print__number">〔 〕号</div>
      </header>
      <h1 className="bulletin-print__title">{bulletin.title}</h1>
      {bulletinParagraphs(figures).map((section, index) => (
        <section key={index}>
          {section.heading && <h2>{section.heading}</h2>}
          {section.paragraphs.map((text) => (
            <p key={text}>{text}</p>
          ))}
        </section>
      ))}
      {bulletinTables(figures).map((table) => (
        <section key={table.heading}>
          <h2>{table.heading}</h2>
          {table.rows.length === 0 ? (
            <p>{table.empty}</p>
          ) : (
            <table>
              <thead>
                <tr>
                  {table.headers.map((header) => (
                    <th key={header}>{header}</th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {table.rows.map((row, index) => (
                  <tr key={index}>
                    {row.map((cell, column) => (
                      <td key={column}>{cell}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      ))}
      <section>
        <h2>六、下步要求</h2>
        <p>{BULLETIN_CLOSING}</p>
      </section>
      <footer className="bulletin-print__signature">
        <div>{issuer}</div>
        <div>{issuedOn}</div>
      </footer>
    </article>
  );
}

/** The China date the documents were dated: of publication, else of generation. */
function bulletinDate(bulletin: BulletinDetailResponse): string {
  const instant = Date.parse(bulletin.publishedAt ?? bulletin.generatedAt);
  return new Date(instant + 8 * 3600_000).toISOString().slice(0, 10);
}
