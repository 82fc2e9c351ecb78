import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { UsersModule } from '../users/users.module';
import { AuthGuard } from './auth.guard';
import { AuthResolver } from './auth.resolver';
import { AuthService } from './auth.service';
import { TOKEN_SECRET, TokenService } from './token.service';

@Module({})
export class AuthModule {
  static forRoot(options: { secret: string; ttlSeconds: number }) {
    return {
      module: AuthModule,
      imports: [UsersModule, JwtModule.register({ secret: options.secret, signOptions: { expiresIn: options.ttlSeconds } })],
      providers: [{ provide: TOKEN_SECRET, useValue: options.secret }, AuthService, TokenService, AuthResolver, { provide: APP_GUARD, useClass: AuthGuard }],
      exports: [TokenService],
    };
  }
}
