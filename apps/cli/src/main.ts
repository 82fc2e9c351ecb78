import { runCli } from './cli';
import { processContext } from './context';

// `fourmi` reading into a pipe that closes early (`fourmi export P | head`) is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

runCli(process.argv.slice(2), processContext()).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // A bug, not a user error: show the stack so it can be reported.
    console.error('fourmi: unexpected error:', error);
    process.exitCode = 1;
  },
);
