// Child side of isolate.ts: runs one task and reports progress, the result or the error over IPC, then exits.
import { TASKS, type TaskName } from './tasks.ts';

process.once('message', async (m: { task: TaskName; args: never }) => {
  const progress = (input: string) => process.send!({ type: 'progress', input });
  try {
    const result = await TASKS[m.task](m.args, progress);
    process.send!({ type: 'done', result }, () => process.exit(0));
  } catch (err) {
    process.send!({ type: 'error', message: String((err as Error)?.stack ?? err) }, () => process.exit(0));
  }
});
