/** What the Discord adapter itself says to members: warm, plain, and what to do next. */
export const copy = {
  unknownButton: "That button isn't one I can use any more (it may be from an older message). Type `/help` to see what I can do.",
  formExpired: "That form has closed (forms stay open for a week). Start again with the command, such as `/checkin`; your saved answers are safe.",
  noHomeServer:
    "I don't know which server you're with yet. Use any peercircle command there once (`/help` is a good start), then you can talk to me here too.",
  dmsClosed:
    "I couldn't send you a direct message: your privacy settings don't allow DMs from this server. To get check-ins, open the server's menu, choose **Privacy Settings**, and turn on **Direct Messages**. Until then, `/checkin` works right here.",
  sentByDm: "I've sent it to you by direct message.",
  dmFailedShownHere: "I couldn't send it by direct message just now, so here it is, visible only to you. Save it before you close this.",
  somethingWentWrong: "Sorry, something went wrong on my side and I couldn't finish that. What you saved before is safe. Please try again in a minute.",
  restarting: "I'm restarting just now. Please try again in a moment.",
} as const;
