/**
 * Strings of the live study-group room (src/room/): the presenter's panel, the follower's
 * banner, the group's predictions and the server's refusals.
 */
export const room = {
  "room.start": "Start a live room",
  "room.startHint": "Everyone who opens the room's link follows your sections, widget settings and revealed answers.",
  "room.checking": "Looking for the room server at {url}…",
  "room.unreachable":
    "No room server answers at {url}. Start one in the kobai folder with “npm run room” (README: Run a live room), then press Start a live room again.",
  "room.panel": "Live room",
  "room.code": "Room code",
  "room.linkLabel": "Link for the group",
  "room.copy": "Copy link",
  "room.copied": "Link copied.",
  "room.qr": "QR code of the room's link",
  "room.counts": "{following} following · {away} stepped away",
  "room.sendCode": "Send my edited code to the room",
  "room.sentCode": "Sent {n} edited cells as text; followers press Run themselves.",
  "room.noEditedCode": "No cell has been edited on this page.",
  "room.end": "End the room",
  "room.ended": "The room has ended.",
  "room.hide": "Hide",
  "room.show": "Room {code}",
  "room.status.connecting": "Connecting to the room…",
  "room.status.connected": "Connected",
  "room.status.disconnected": "Connection lost; reconnecting…",

  "room.following": "Following the presenter · room {code}",
  "room.away": "You stepped away from the presenter (now at section {section}).",
  "room.back": "Back to the presenter",
  "room.backKey": "Esc",
  "room.nameLabel": "Your name (optional)",
  "room.leave": "Leave the room",
  "room.left": "You left the room.",
  "room.waiting": "Waiting for the presenter…",
  "room.endedByPresenter": "The presenter ended the room. You stay where you are; the page works on its own.",
  "room.serverLost":
    "The room's server does not answer (the room may have ended); trying again. You keep your place here.",
  "room.dismiss": "Close",

  "room.tally": "The room's predictions",
  "room.tallyCounts": "{committed} of {followers} followers committed",
  "room.tallyOption": "{option}: {n}",
  "room.tallySketches": "{n} sketches drawn over the area",
  "room.revealAll": "Reveal to everyone",
  "room.sketchesOfGroup": "The group's sketches ({n})",
  "room.sketchesWithYours": "Your sketch over the group's ({n})",
  "room.predictionSent": "Your prediction is in the presenter's tally.",

  "room.refused.bad-code": "That is not a room code.",
  "room.refused.room-full": "This room is full; ask the presenter to raise KOBAI_ROOM_MAX_PARTICIPANTS.",
  "room.refused.rate-limited": "Too many messages too quickly; the server paused this connection.",
  "room.refused.presenter-only": "Only the presenter can move the room.",
  "room.refused.too-large": "A message was larger than the room server accepts.",
} as const;
