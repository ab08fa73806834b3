/**
 * Shots fired at the writer's home or car (branch t-en106; notation in ../../patterns.ts): "neighbor shot at my house last
 * night", "somebody shot up my car", "bullet came through our front window". Someone named as the shooter, or a bullet in
 * the writer's own walls, windows or car; "took a shot at fixing my car" names no shooter and stays quiet.
 */
export const harmShotAtHome: Record<string, string[]> = {
  threat: [
    // The shot and its direction said together ("shot at", "shot up"), so "he shot some hoops at my house" stays quiet.
    '@agent|someone|somebody|neighbors|dudes|people|folks|ops|opps|they|them _ shot+at|shooting+at|shootin+at|fired+at|firing+at|shot+up|shooting+up|shot+into|fired+into|shooting+into _ my|our _ house|home|crib|car|apartment|apt|window|windows|door|porch|building|ride|place|trailer|truck',
    // A bullet through the writer's walls, said as one phrase ("bullet came through our front window", "bullet holes in my door"),
    // so a "bullet journal in my bedroom" stays quiet.
    'bullet+came+through|bullets+came+through|bullet+went+through|bullets+went+through|bullet+through|bullets+through|shots+through|shots+into|bullet+holes+in|bullet+hole+in|bullets+hit|bullet+hit _ my|our _ front? _ house|window|windows|door|wall|walls|car|bedroom|living+room|truck|porch|apartment|trailer',
  ],
};
