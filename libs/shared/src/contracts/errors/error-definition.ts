/** An error code's HTTP status and the Chinese message users read by default. */
export interface ErrorDefinition {
  status: number;
  message: string;
}
