/**
 * A place online left for good, named right after the going (notation in ../../patterns.ts; frame `placeLeft`, read by
 * ../../place-left.ts with the words `placeLeftAfter` of ../en.ts): "logging off this server for good", "leaving this subreddit
 * forever, the drama is too much", "quitting the group chat for good". The going is a community or an app left, not a life; a
 * going with no place ("logging off for good"), or one denied, is read as before.
 */
export const placeLeftOnline: string[] = [
  'this|the|that|my|our|your server|servers|discord|subreddit|sub|forum|forums|app|apps|group+chat|groupchat|gc|channel|chat|community|account|guild|clan|hellsite|website',
  'discord|reddit|twitter|instagram|insta|ig|tiktok|facebook|fb|tumblr|snapchat|twitch|bluesky|social+media|socials',
];
