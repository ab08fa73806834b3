/**
 * Things given away told to others as a tidy-up, read by the leaving frame (branch t-en108; notation in ../../patterns.ts,
 * joined to `leaving` in frames.ts): "told everyone it was spring cleaning", "said i was decluttering". Told alone, the tidy-up
 * explains the giving like a move does ("gave away my old uniforms, told my wife it was decluttering"); denied right after
 * ("its not", "im not") it is a cover story (../../everyday-frames.ts), so the giving counts with its finality.
 */
const toldTo = 'everyone|everybody|them|people|folks|my+wife|my+husband|my+family|the+family|my+kids|the+guys|my+buddies|the+unit';
const tidyUp = 'spring+cleaning|cleaning|decluttering|declutter|a+purge|purging|downsizing|minimalism|cleaning+out|clearing+out|a+clean+out|making+room|getting+organized|a+garage+sale|a+yard+sale';

export const tidyUpsTold: string[] = [
  `told|tell|telling|said|saying _ ${toldTo}? _ it+was|it+is|its|that+it+was|that+its|i+was|i+am|im _ just? _ ${tidyUp}`,
];

/**
 * A watch or a patrol ended, as police, guards and soldiers end a shift ("end of watch is 0300 tonight", "last patrol friday"):
 * everyday alone, a cover story when the ending is then claimed as the writer's own ("mine not the job's", frames-surface-denied.ts).
 */
export const watchesEnded: string[] = ['end+of+watch|eow|last+patrol|final+patrol|last+watch|final+watch'];
