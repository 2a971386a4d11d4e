/** What every way of accepting an invitation is given: the link's token, the invited email, and where to go next. */
export interface Joining {
  token: string;
  /** The invited email; only that account may join with the token alone. */
  email: string;
  onJoined: () => void;
  /** 410: the link was used or has expired. */
  onExpired: () => void;
}
