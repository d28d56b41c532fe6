/** A responsible leader (包抓领导 / 指标长) of a jurisdiction. */
export interface Leader {
  name: string;
  /** Printed title, e.g. "县委常委、副县长". */
  title: string;
}
