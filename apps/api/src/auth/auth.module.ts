import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { UsersModule } from '../users/users.module';
import { AuthGuard } from './auth.guard';
import { AuthResolver } from './auth.resolver';
import { AuthService } from './auth.service';
import { PasswordResets } from './password-resets';
import { PasswordResetsResolver } from './password-resets.resolver';
import { SignedLinks } from './signed-links';
import { SignInThrottle } from './sign-in-throttle';
import { SessionGate, TOKEN_TTL_SECONDS } from './session-gate';
import { TOKEN_SECRET, TokenService } from './token.service';

@Module({})
export class AuthModule {
  static forRoot(options: { secret: string; ttlSeconds: number }) {
    return {
      module: AuthModule,
      // Global: any module may sign links (SignedLinks) with the secret this module alone holds.
      global: true,
      imports: [UsersModule, JwtModule.register({ secret: options.secret, signOptions: { expiresIn: options.ttlSeconds } })],
      providers: [{ provide: TOKEN_SECRET, useValue: options.secret }, { provide: TOKEN_TTL_SECONDS, useValue: options.ttlSeconds }, SessionGate, SignInThrottle, AuthService, PasswordResets, PasswordResetsResolver, TokenService, SignedLinks, AuthResolver, { provide: APP_GUARD, useClass: AuthGuard }],
      exports: [TokenService, SignedLinks, SessionGate],
    };
  }
}
